# os.pipe: bytes written to one end come back in order from the other, each end refuses the other's
# operation, and neither end can seek. (What the oracle's Emscripten pipes get wrong, end of file,
# EPIPE, fstat and open() over a pipe, is checked against native CPython in test/modules/pipe.test.ts.)
import os


def attempt(name, f):
    try:
        print(name, repr(f()))
    except OSError as e:
        print(name, type(e).__name__)


r, w = os.pipe()
print(r != w, os.isatty(r), os.isatty(w))
attempt("write", lambda: os.write(w, b"hello, "))
attempt("write", lambda: os.write(w, bytearray(b"pipe")))
attempt("write", lambda: os.write(w, memoryview(b"!")))
attempt("read", lambda: os.read(r, 3))
attempt("read", lambda: os.read(r, 100))
attempt("read w", lambda: os.read(w, 1))
attempt("write r", lambda: os.write(r, b"x"))
attempt("lseek r", lambda: os.lseek(r, 0, 0))
attempt("lseek w", lambda: os.lseek(w, 0, 2))
attempt("close w", lambda: os.close(w))
attempt("close r", lambda: os.close(r))
attempt("close r again", lambda: os.close(r))
attempt("write closed", lambda: os.write(w, b"x"))
