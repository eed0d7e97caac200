# open()'s file argument as _io_open_impl takes it: a number goes to FileIO as it is, anything else
# through os.fspath first (once: FileIO gets the path, which is also the stream's name), and that
# happens before the mode is looked at.
import os
import pathlib


class P:
    calls = 0

    def __fspath__(self):
        P.calls += 1
        return __file__


f = open(P())
print(P.calls, f.name == __file__, f.buffer.raw.name == __file__, type(f.name).__name__)
f.close()
f = open(pathlib.PurePosixPath(__file__), "rb")
print(type(f.name).__name__, f.name == __file__)
f.close()


class Index:
    def __index__(self):
        return 0

    def __repr__(self):
        return "Index()"


class Flt:
    def __float__(self):
        return 0.0


class BadPath:
    def __fspath__(self):
        return 3


class BytesPath:
    def __fspath__(self):
        return __file__.encode()


f = open(BytesPath(), "rb")
print(type(f.name).__name__)
f.close()
for bad in [{}, None, 1.5, P, Index(), Flt(), BadPath(), "x\0y", b"x\0y"]:
    for mode in ["qq", "rb"]:
        try:
            open(bad, mode, closefd=False)
        except Exception as e:
            print(type(bad).__name__, mode, type(e).__name__, e)

# FileIO itself: a descriptor is whatever _PyLong_AsInt takes (its errors dropped: then a path)
import io


class Neg:
    def __index__(self):
        return -1


class Big:
    def __index__(self):
        return 2**40


class Raises:
    def __index__(self):
        raise ZeroDivisionError


class IntOnly:
    def __int__(self):
        return 0


class Both:
    def __index__(self):
        return 0

    def __fspath__(self):
        return "/nonexistent/x"


for a in [Index(), Neg(), Big(), Raises(), IntOnly(), Both(), 2**40, 2**70, -3, True, 1.5, 1j]:
    try:
        f = io.FileIO(a, "rb", closefd=False)
        print(type(a).__name__, "fd", f.fileno(), f.name is a)
    except Exception as e:
        print(type(a).__name__, type(e).__name__, e)
f = io.FileIO(P())
print("FileIO(P()).name is a P:", type(f.name).__name__)
f.close()
try:
    io.FileIO(pathlib.PurePosixPath("/nonexistent/dir/file"))
except OSError as e:
    print(type(e).__name__, type(e.filename).__name__)
seen = []
f = open(P(), "rb", opener=lambda name, flags: seen.append(type(name).__name__) or os.open(name, flags))
print("opener got", seen)
f.close()
