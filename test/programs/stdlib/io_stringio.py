# io.StringIO: write/read/seek/tell, readline and iteration, newline translation, getvalue after close errors.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(3)
s.write("LO")
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.closed)
r = io.StringIO("a\nb\r\nc\rd")
print(list(r), r.readlines())
n = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(n.read()))
n2 = io.StringIO(newline="\r\n")
n2.write("one\ntwo\n")
print(repr(n2.getvalue()))
t = io.StringIO("initial")
t.seek(0, io.SEEK_END)
t.write(" appended")
print(t.getvalue())
t.close()
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(t.getvalue), err(lambda: t.write("x")), err(lambda: io.StringIO(5)), err(lambda: io.StringIO().seek(-1)))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
print(isinstance(io.StringIO(), io.TextIOBase), io.StringIO("abc").read(2), io.StringIO("l1\nl2").readlines())
