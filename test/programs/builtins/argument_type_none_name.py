# "f() argument N must be X, not Y" (Argument Clinic's _PyArg_BadArgument, getargs' converterr)
# names None by itself, not its type NoneType; other values by their type's name.
import time, unicodedata, codecs, io, locale

calls = [
    lambda v: "abc".replace(v, "x"),
    lambda v: "abc".replace("a", v),
    lambda v: bytes((2,), v),
    lambda v: bytearray("", v),
    lambda v: str(b"x", v),
    lambda v: "abc".encode(v),
    lambda v: (5).to_bytes(2, v),
    lambda v: int.from_bytes(b"\x01", v),
    lambda v: format(1.5, v),
    lambda v: format(3, v),
    lambda v: time.strftime(v),
    lambda v: unicodedata.name(v),
    lambda v: unicodedata.normalize(v, "x"),
    lambda v: codecs.lookup(v),
    lambda v: memoryview(b"ab").cast(v),
    lambda v: type(v, (), {}),
    lambda v: compile("1", v, "eval"),
    lambda v: compile("1", "f", v),
    lambda v: io.StringIO(v),
    lambda v: locale.strcoll(v, "a"),
]
for f in calls:
    for v in (None, 1.5, [1]):
        try:
            f(v)
            print("ok")
        except TypeError as e:
            print(e)
