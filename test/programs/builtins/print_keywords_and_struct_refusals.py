# print() parses its keywords as "|OOOp:print": the count is checked first, then flush's truth is
# taken (before an unknown keyword is reported, and before anything is written); Struct's methods
# that take no keywords name themselves with their class, as the method descriptor does.
import io
import struct


class LoudBool:
    def __bool__(self):
        print("  __bool__ called")
        raise ValueError("no truth")


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


buf = io.StringIO()
attempt("five keywords", lambda: print(0, sep=1, end=2, file=3, flush=4, foo=5))
attempt("six keywords", lambda: print(0, sep=1, end=2, file=3, flush=4, foo=5, bar=6))
attempt("unknown keyword", lambda: print(0, foo=5))
attempt("two unknown", lambda: print(0, bar=1, foo=5))
attempt("unknown after flush", lambda: print(0, foo=5, flush=LoudBool()))
attempt("bad flush", lambda: print("not written", file=buf, flush=LoudBool()))
print("buffer:", repr(buf.getvalue()))
attempt("bad sep with unknown", lambda: print(0, sep=3, foo=1))
attempt("flush on", lambda: print("x", file=buf, flush=1))
print("buffer:", repr(buf.getvalue()))

s = struct.Struct("b")
attempt("Struct.pack kw", lambda: s.pack(x=2))
attempt("Struct.pack unbound kw", lambda: struct.Struct.pack(s, x=2))
attempt("Struct.pack_into kw", lambda: s.pack_into(x=2))
attempt("Struct.unpack kw", lambda: s.unpack(x=1))
attempt("Struct.iter_unpack kw", lambda: s.iter_unpack(x=1))
attempt("Struct.unpack_from kw", lambda: s.unpack_from(b"x", y=1))
attempt("struct.pack kw", lambda: struct.pack("b", x=2))
attempt("struct.pack_into kw", lambda: struct.pack_into("b", x=2))
