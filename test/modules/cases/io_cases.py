# _io without files: StringIO, BytesIO, TextIOWrapper and the buffered classes over BytesIO, a
# RawIOBase written in Python under BufferedReader/TextIOWrapper, and the ABCs of io.py. One line
# per case: the value's repr or the exception's type and message.
import io, _io

def case(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r) if not isinstance(r, str) else r)

case("dir", lambda: sorted(n for n in dir(_io) if not n.startswith("__")))
case("mro text", lambda: [c.__name__ for c in io.TextIOWrapper.__mro__])
case("mro bytesio", lambda: [c.__name__ for c in io.BytesIO.__mro__])
case("unsupported mro", lambda: [c.__name__ for c in io.UnsupportedOperation.__mro__])
case("abc", lambda: (isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(io.BufferedReader(io.BytesIO()), io.IOBase)))
case("default buffer", lambda: io.DEFAULT_BUFFER_SIZE)
case("text_encoding", lambda: (io.text_encoding(None), io.text_encoding("latin-1")))

s = io.StringIO("a\nbc\r\nd\re")
case("sio lines", lambda: s.readlines())
case("sio seek", lambda: (s.seek(2), s.read(2), s.tell()))
case("sio write middle", lambda: (s.seek(1), s.write("XYZ"), s.getvalue()))
case("sio write past end", lambda: (s.seek(20), s.write("!"), s.getvalue()))
case("sio truncate", lambda: (s.truncate(3), s.getvalue(), s.tell()))
case("sio astral", lambda: (lambda t: (t.read(2), t.tell(), t.read(), t.seek(1), t.write("é"), t.getvalue()))(io.StringIO("a😀b😀c")))
case("sio readline limit", lambda: io.StringIO("abcdef\n").readline(3))
case("sio newline none", lambda: io.StringIO("a\r\nb\rc\n", newline=None).getvalue())
case("sio newline empty", lambda: io.StringIO("a\r\nb\rc\n", newline="").readlines())
case("sio newline cr", lambda: io.StringIO("a\nb", newline="\r").getvalue())
case("sio newlines attr", lambda: (lambda t: (t.read(), t.newlines))(io.StringIO("a\r\nb\n", newline=None)))
case("sio bad newline", lambda: io.StringIO(newline="x"))
case("sio bad initial", lambda: io.StringIO(b"x"))
case("sio write int", lambda: io.StringIO().write(1))
case("sio seek errors", lambda: [case(f"  seek{a}", lambda a=a: io.StringIO("x").seek(*a)) for a in [(-1,), (1, 1), (1, 2), (0, 5)]] and None)
case("sio state", lambda: io.StringIO("abc").__getstate__())
case("sio closed", lambda: (lambda t: (t.close(), t.closed, t.read()))(io.StringIO("x")))
case("sio iter", lambda: list(io.StringIO("1\n2\n3")))
class MyStringIO(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()
case("sio subclass next", lambda: list(MyStringIO("ab\ncd")))

b = io.BytesIO(b"0123456789")
case("bio read", lambda: (b.read(3), b.read1(2), b.tell(), b.read(), b.read()))
case("bio seek", lambda: (b.seek(-3, 2), b.read(), b.seek(100), b.read(), b.tell()))
case("bio write gap", lambda: (b.write(b"x"), b.getvalue()[-3:], len(b.getvalue())))
case("bio readinto", lambda: (lambda ba: (io.BytesIO(b"abc").readinto(ba), ba))(bytearray(5)))
case("bio readinto memoryview", lambda: (lambda ba: (io.BytesIO(b"abc").readinto(memoryview(ba)[1:]), ba))(bytearray(4)))
case("bio readinto bytes", lambda: io.BytesIO(b"abc").readinto(b"xyz"))
case("bio errors", lambda: [case(f"  {n}", f) for n, f in [("str", lambda: io.BytesIO("s")), ("seek", lambda: io.BytesIO().seek(-1)), ("whence", lambda: io.BytesIO().seek(0, 9)), ("trunc", lambda: io.BytesIO().truncate(-2)), ("write", lambda: io.BytesIO().write(5))]] and None)

r = io.BufferedReader(io.BytesIO(b"line1\nline2\nrest"), 4)
case("br peek", lambda: r.peek()[:4])
case("br readline", lambda: (r.readline(), r.readline(3), r.tell()))
case("br read1", lambda: (r.read1(2), r.read1(100)))
case("br rest", lambda: (r.read(), r.read(), r.tell()))
case("br seek", lambda: (r.seek(0), r.read(5), r.seek(-2, 1), r.read(3), r.seek(0, 2)))
case("br repr", lambda: repr(io.BufferedReader(io.BytesIO())))
case("br bad size", lambda: io.BufferedReader(io.BytesIO(), -1))
case("br not readable", lambda: io.BufferedReader(io.BufferedWriter(io.BytesIO())))
case("br write", lambda: io.BufferedReader(io.BytesIO()).write(b"x"))
case("br negative read", lambda: io.BufferedReader(io.BytesIO()).read(-2))
case("br detach", lambda: (lambda x: (type(x.detach()).__name__, x.read() if False else None))(io.BufferedReader(io.BytesIO())))
case("br after detach", lambda: (lambda x: (x.detach(), x.read()))(io.BufferedReader(io.BytesIO())))
w = io.BufferedWriter(io.BytesIO(), 4)
case("bw small write", lambda: (w.write(b"ab"), w.raw.getvalue()))
case("bw overflow", lambda: (w.write(b"cdefg"), w.raw.getvalue()))
case("bw flush", lambda: (w.write(b"h"), w.flush(), w.raw.getvalue(), w.tell()))
case("bw read", lambda: w.read())
case("bw closed", lambda: (w.close(), w.closed, w.write(b"x")))
rnd = io.BufferedRandom(io.BytesIO(b"abcdefgh"))
case("brandom", lambda: (rnd.read(2), rnd.write(b"XY"), rnd.tell(), rnd.seek(0), rnd.read(), rnd.seek(1), rnd.write(b"!"), rnd.flush(), rnd.raw.getvalue()))
case("brandom truncate", lambda: (rnd.truncate(3), rnd.seek(0), rnd.read()))
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
case("rwpair", lambda: (pair.read(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed))

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
case("raw read", lambda: (Raw(b"abcdefg").read(5), Raw(b"abcdefg").read(), Raw(b"abcdefg").readall()))
case("raw under buffered", lambda: io.BufferedReader(Raw(b"one\ntwo\nthree")).readlines())
case("raw under text", lambda: io.TextIOWrapper(io.BufferedReader(Raw("héllo\nwörld".encode())), encoding="utf-8").readlines())
case("iobase methods", lambda: (io.RawIOBase().readable(), io.RawIOBase().seekable(), io.RawIOBase().closed))
for name in ["seek", "truncate", "fileno", "tell"]:
    case(f"iobase {name}", lambda name=name: getattr(io.RawIOBase(), name)())
case("rawiobase readinto", lambda: io.RawIOBase().read(2))
case("bufferedbase read", lambda: io.BufferedIOBase().read())
case("textbase read", lambda: io.TextIOBase().read())
case("iobase close", lambda: (lambda x: (x.close(), x.closed, x.close()))(io.RawIOBase()))
case("iobase closed ops", lambda: (lambda x: (x.close(), x.flush()))(io.RawIOBase()))
case("checks", lambda: [case(f"  {m}", lambda m=m: getattr(io.RawIOBase(), m)()) for m in ["_checkReadable", "_checkWritable", "_checkSeekable"]] and None)

t = io.TextIOWrapper(io.BytesIO("α\nβγ\n".encode("utf-8")), encoding="utf-8")
case("tw read", lambda: (t.read(1), t.tell(), t.readline(), t.tell(), t.read(1), t.tell()))
case("tw seek back", lambda: (t.seek(2), t.read()))
case("tw cookie", lambda: (lambda x: (x.read(1), x.tell()))(io.TextIOWrapper(io.BytesIO("x\r\ny".encode("utf-16")), encoding="utf-16", newline=None)))
case("tw cookie seek", lambda: (lambda x: (x.read(2), x.seek(x.tell()), x.read()))(io.TextIOWrapper(io.BytesIO("ab\r\ncd".encode("utf-16")), encoding="utf-16")))
case("tw write then read", lambda: (lambda x: (x.write("new"), x.seek(0), x.read()))(io.TextIOWrapper(io.BytesIO(), encoding="ascii")))
case("tw readline limit", lambda: io.TextIOWrapper(io.BytesIO(b"abcdef\n"), encoding="ascii").readline(4))
case("tw chunk size", lambda: (lambda x: (setattr(x, "_CHUNK_SIZE", 2), x._CHUNK_SIZE, x.readlines()))(io.TextIOWrapper(io.BytesIO(b"a\r\nb\r\nc"), encoding="ascii", newline="")))
case("tw bad chunk", lambda: setattr(io.TextIOWrapper(io.BytesIO(), encoding="ascii"), "_CHUNK_SIZE", 0))
case("tw rot13", lambda: io.TextIOWrapper(io.BytesIO(), encoding="rot13"))
case("tw registry codec", lambda: io.TextIOWrapper(io.BytesIO(b"\x80\x81"), encoding="cp437").read())
case("tw registry write", lambda: (lambda x: (x.write("Çü"), x.flush(), x.buffer.getvalue()))(io.TextIOWrapper(io.BytesIO(), encoding="cp437")))
case("tw mode attr", lambda: (lambda x: (setattr(x, "mode", "r"), repr(x)))(io.TextIOWrapper(io.BytesIO(), encoding="ascii")))
case("nld", lambda: (lambda d: (d.decode(b"a\r"), d.getstate(), d.decode(b"\n", final=True), d.newlines))(io.IncrementalNewlineDecoder(__import__("codecs").getincrementaldecoder("utf-8")(), translate=False)))
case("nld uninit", lambda: io.IncrementalNewlineDecoder.__new__(io.IncrementalNewlineDecoder).decode(""))
