# io.BytesIO: read/write/seek/tell, readline and iteration, readinto, truncate, getbuffer, pickling state, errors and closed behaviour.
import io
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.readline(), b.read(), b.read(), b.tell())
b.seek(0)
print(list(b), b.seek(2), b.read1(2), b.readlines(), b.seek(0, 2), b.seek(-3, 2), b.read())
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")), w.getvalue(), w.tell())
print(w.seek(10), w.write(b"Z"), w.getvalue())
print(w.truncate(4), w.getvalue(), w.tell(), w.seek(0, 1))
buf = bytearray(3)
r = io.BytesIO(b"xy")
print(r.readinto(buf), buf, r.readinto(buf), r.readable(), r.writable(), r.seekable(), r.isatty(), r.flush())
v = io.BytesIO(b"0123")
m = v.getbuffer()
print(bytes(m), len(m), m[1])
print(err(lambda: io.BytesIO("text")), err(lambda: w.write("s")), err(lambda: w.seek(-1)), err(lambda: w.seek(0, 3)), err(lambda: w.truncate(-1)), err(lambda: w.read("x")))
print(w.seek(-10, 1), w.seek(-100, 2))
st = io.BytesIO(b"state")
st.read(2)
s = st.__getstate__()
print(s[0], s[1])
n = io.BytesIO()
n.__setstate__((b"restored", 3, None))
print(n.read(), n.tell())
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed, err(c.read), err(c.getvalue), err(lambda: c.seek(0)), err(c.tell), err(c.readable))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), issubclass(io.BytesIO, io.RawIOBase))
class Sub(io.BytesIO):
    def readline(self, size=-1):
        return b"<" + super().readline(size) + b">"
print(Sub(b"a\nb").readline(), next(iter(Sub(b"a\nb"))))
big = io.BytesIO()
for i in range(1000):
    big.write(b"%d," % i)
print(len(big.getvalue()), big.getvalue()[-10:])
