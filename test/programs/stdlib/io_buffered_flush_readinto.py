# BufferedRandom.flush() drops the read-ahead (what is read next comes from the raw stream as it
# is then); readinto/readinto1 read the buffered bytes, then straight into a target larger than
# the buffer (readinto1: one raw read at most); the raw stream's readinto gets a memoryview;
# writes take any buffer (array.array); a NUL in a file name is "embedded null byte".
import array
import io
import os


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print("-- flush drops the read-ahead")
for how in ["read", "peek", "readinto"]:
    raw = io.BytesIO(b"abcdefghi")
    bufio = io.BufferedRandom(raw)

    def read(n=-1):
        if how == "read":
            return bufio.read(n)
        if how == "peek":
            return bufio.peek(n)[:n] if n >= 0 else bufio.read()
        if how == "read1":
            return bufio.read1(n)
        b = bytearray(n if n >= 0 else 100)
        return bytes(b[:bufio.readinto(b)])

    out = [read(2)]
    bufio.write(b"12")
    out += [read(2), bufio.tell()]
    bufio.flush()
    out += [bufio.tell(), raw.tell(), read()]
    raw.seek(0)
    raw.write(b"XYZ")
    bufio.flush()
    bufio.seek(0)
    out.append(read(3))
    print(how, out, raw.getvalue())

raw = io.BytesIO(b"0123456789")
r = io.BufferedRandom(raw, buffer_size=4)
print(r.read(1), raw.tell(), r.flush(), raw.tell(), r.read(2), raw.tell())
r = io.BufferedReader(io.BytesIO(b"abc"))
print(r.read(1), r.flush(), r.read())
w = io.BufferedWriter(io.BytesIO())
print(w.write(b"ab"), w.flush(), w.raw.getvalue())


class Raw(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.sizes = []

    def readable(self):
        return True

    def readinto(self, b):
        self.sizes.append((type(b).__name__, len(b)))
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        if c is None:
            return None
        b[:len(c)] = c
        return len(c)


print("-- readinto1")
raw = Raw([b"abc", b"de", b"fgh", b"jkl"])
bufio = io.BufferedReader(raw, buffer_size=10)
b = bytearray(2)
print(bufio.peek(3), bufio.readinto1(b), bytes(b), bufio.readinto1(b), bytes(b[:1]), bufio.readinto1(b), bytes(b))
b = bytearray(20)
print(bufio.peek(3), bufio.readinto1(b), bytes(b[:6]), bufio.readinto1(b), raw.sizes)

print("-- readinto")
raw = Raw([b"abc", b"defghijklm", b"qr", b"", b"st"])
bufio = io.BufferedReader(raw, buffer_size=4)
b = bytearray(2)
print(bufio.readinto(b), bytes(b))
b = bytearray(12)
print(bufio.readinto(b), bytes(b))
b = bytearray(3)
print(bufio.readinto(b), bytes(b), bufio.readinto(b), bufio.read(), raw.sizes)
raw = Raw([None, b"xy", None])
bufio = io.BufferedReader(raw, buffer_size=4)
print(bufio.readinto(bytearray(3)), bufio.readinto(bytearray(3)), bufio.readinto1(bytearray(8)), raw.sizes)
a = array.array("b", bytes(5))
print(io.BufferedReader(io.BytesIO(b"hello world"), buffer_size=2).readinto(a), a)

print("-- a raw readinto that writes too much")
raw = Raw([b"abcdef"])
print(attempt(io.BufferedReader(raw, buffer_size=4).read, 2), raw.sizes)

print("-- writes of buffers")
a = array.array("i", range(3))
b = io.BytesIO()
print(b.write(a), b.writelines([a, memoryview(b"xy")]), b.getvalue())
w = io.BufferedWriter(io.BytesIO())
print(w.write(array.array("h", [1, 2])), w.flush(), w.raw.getvalue())
path = "io_buffered_flush_readinto.tmp"
try:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    print(os.write(fd, array.array("b", b"fd")))
    os.close(fd)
    with io.FileIO(path, "a") as f:
        print(f.write(array.array("b", b"io")))
    with open(path, "ab") as f:
        print(f.write(array.array("B", b"!")))
    with open(path, "rb") as f:
        print(f.read())
finally:
    os.remove(path)
print(io.BytesIO(array.array("b", b"init")).read())
print(attempt(io.BytesIO().write, "str"), attempt(io.BytesIO().write, 5))

print("-- NUL in a file name")
for name in ["foo\0bar", b"foo\0bar"]:
    for f in [open, io.FileIO, io.open]:
        print(repr(name), f.__name__, attempt(f, name, "w"))
