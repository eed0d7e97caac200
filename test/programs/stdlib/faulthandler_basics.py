# faulthandler's basics: enable/disable/is_enabled, and dump_traceback of the Python stack, written
# straight to a file descriptor (here a pipe's: the oracle's sys.stdout has none).
import faulthandler
import os

r, w = os.pipe()
print(faulthandler.is_enabled(), faulthandler.__doc__)
print(faulthandler.enable(w), faulthandler.is_enabled(), faulthandler.enable(file=w, all_threads=False), faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())


class File:
    """Not a file: what faulthandler asks of one is fileno() and flush()."""

    def fileno(self):
        print("fileno")
        return w

    def flush(self):
        print("flush")


def inner():
    faulthandler.dump_traceback(w, all_threads=False)
    faulthandler.dump_traceback(file=File(), all_threads=False)


def outer():
    inner()


outer()
print(os.read(r, 4096).decode())


class NoFileno:
    pass


class BadFileno:
    def fileno(self):
        return "x"


for args in [(NoFileno(),), (-1,), (BadFileno(),), (w, 1, 2)]:
    try:
        faulthandler.dump_traceback(*args)
    except Exception as e:
        print(type(e).__name__, e)
