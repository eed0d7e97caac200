# open() on real files (written under /tmp, removed at the end): text and binary modes, append and exclusive creation, r+ updates, newline handling, encodings and errors, buffering=0, FileIO, iteration vs tell(), closed-file errors, OSError subclasses.
import errno, io, os
def err(f):
    try:
        return repr(f())
    except OSError as e:
        # errno numbers differ on the oracle's platform: name the error instead
        if e.errno is not None:
            return f"{type(e).__name__}: {errno.errorcode[e.errno]} {e.strerror}: {e.filename!r}"
        return f"{type(e).__name__}: {e}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
d = "/tmp/dislab_io_files"
os.makedirs(d, exist_ok=True)
a = d + "/a.txt"
with open(a, "w") as f:
    print(f.name == a, f.mode, f.encoding, f.errors, f.line_buffering, f.newlines, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(f.write("héllo\nwörld\r\n"), f.tell())
    print(err(f.read), f.writable(), f.readable(), f.seekable(), f.isatty(), f.fileno() > 2)
print(f.closed, err(lambda: f.write("x")), err(f.tell), err(f.flush), err(f.fileno))
print(open(a, "rb").read())
with open(a) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(3)), repr(f.read()), f.newlines)
    f.seek(0)
    for line in f:
        print(repr(line), err(f.tell))
    print(f.tell())
with open(a, "a") as f:
    print(f.tell(), f.write("more\n"))
with open(a, newline="") as f:
    print(f.readlines())
with open(a, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.peek()[:2], f.read1(2), f.seek(-2, 2), f.read(), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read())
with open(a, "r+") as f:
    print(f.read(2), f.seek(0, 2), f.write("!"), f.tell())
print(open(a).read()[-4:])
print(err(lambda: open(a, "x")), err(lambda: open(d + "/nodir/x.txt")), err(lambda: open(d)), err(lambda: open(a, "rw")))
e = None
try:
    open(d + "/missing.txt")
except FileNotFoundError as exc:
    e = exc
print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename == d + "/missing.txt", isinstance(e, OSError))
b = d + "/b.bin"
with open(b, "wb") as f:
    print(type(f).__name__, f.mode, f.write(bytearray(b"abc")), f.write(memoryview(b"def")), err(lambda: f.write("s")), err(f.read))
with open(b, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read(), f.readinto(bytearray(3)), f.closefd)
f = open(b, "rb")
f.close()
print(f.closed, err(f.read), err(lambda: f.raw.read()), repr(f.raw))
fi = io.FileIO(b)
print(fi.mode, fi.readable(), fi.writable(), fi.seekable(), err(lambda: fi.write(b"x")), fi.read(), fi.tell())
fi.close()
print(repr(fi), err(fi.read))
fx = io.FileIO(d + "/c.bin", "x")
print(fx.mode, fx.write(b"new"))
fx.close()
print(err(lambda: io.FileIO(d + "/c.bin", "x")), err(lambda: io.FileIO(b, "rw")), err(lambda: io.FileIO(b, "q")), err(lambda: io.FileIO(-1)))
with open(d + "/c.txt", "w", encoding="latin-1") as f:
    print(err(lambda: f.write("€")))
with open(d + "/c.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("a€b")
print(open(d + "/c.txt").read())
with open(d + "/d.txt", "wb") as f:
    f.write(b"ok\xff\n")
print(err(lambda: open(d + "/d.txt").read()), open(d + "/d.txt", errors="surrogateescape").read().encode("utf-8", "surrogateescape"))
print(err(lambda: open(d + "/d.txt", encoding="nope")), err(lambda: open(d + "/d.txt", "rb", encoding="x")), err(lambda: open(d + "/d.txt", buffering=0)), err(lambda: open(3.5)), err(lambda: open(d + "/d.txt", "rt", newline="x")))
print(err(lambda: open(d + "/d.txt", "rbt")), err(lambda: open(d + "/d.txt", "z")), err(lambda: open(d + "/d.txt", "rr")), err(lambda: open(d + "/d.txt", "b")), err(lambda: open(d + "/d.txt", "rb", newline="")), err(lambda: open(d + "/d.txt", "rb", errors="x")))
with open(d + "/e.txt", "w", newline="\r\n") as f:
    f.writelines(["a\n", "b\n"])
print(open(d + "/e.txt", "rb").read(), open(d + "/e.txt").read().encode())
with open(d + "/u16.txt", "w", encoding="utf-16") as f:
    f.write("one\n")
with open(d + "/u16.txt", "a", encoding="utf-16") as f:
    f.write("two\n")
print(open(d + "/u16.txt", "rb").read(), open(d + "/u16.txt", encoding="utf-16").readlines())
open(d + "/quick.txt", "w").write("written without close\n")
print(open(d + "/quick.txt").read(), end="")
with open(d + "/lines.txt", "w") as f:
    for i in range(2000):
        f.write(f"line {i}\n")
with open(d + "/lines.txt") as f:
    n = sum(1 for _ in f)
with open(d + "/lines.txt") as f:
    f.seek(0, 2)
    size = f.tell()
    f.seek(5000)
    chunk = f.read(20)
print(n, size, repr(chunk))
for name in sorted(os.listdir(d)):
    os.remove(d + "/" + name)
os.rmdir(d)
print(os.path.exists(d))
