# bytes.hex / bytearray.hex take sep and bytes_per_sep by position or keyword, sep as str or bytes
# (as memoryview.hex); argument errors of struct's pack/pack_into and date.fromordinal as CPython
# words them.
import datetime
import struct

cases = [
    lambda: b"abc".hex(),
    lambda: b"abc".hex("-"),
    lambda: b"abc".hex(sep=":"),
    lambda: b"abcd".hex(":", 2),
    lambda: b"abcdefg".hex(sep=":", bytes_per_sep=-3),
    lambda: b"abcdefg".hex(bytes_per_sep=3, sep=b"_"),
    lambda: b"abc".hex(b"-"),
    lambda: bytearray(b"abc").hex(bytes_per_sep=2, sep="."),
    lambda: bytearray(b"abc").hex(bytearray(b"|")),
    lambda: memoryview(b"abc").hex(sep="-"),
    lambda: b"".hex(":"),
    lambda: b"abc".hex(1),
    lambda: b"abc".hex(None),
    lambda: b"abc".hex("ab"),
    lambda: b"abc".hex("\xe9"),
    lambda: b"abc".hex(b""),
    lambda: b"".hex(1, 2, 3),
    lambda: b"ab".hex(x=1),
    lambda: b"ab".hex(":", bytes_per_sep="2"),
    lambda: struct.pack(),
    lambda: struct.pack_into(),
    lambda: struct.pack_into("b"),
    lambda: struct.pack_into("b", bytearray(1)),
    lambda: struct.Struct("b").pack_into(),
    lambda: struct.Struct("b").pack_into(bytearray(2)),
    lambda: struct.pack("b"),
    lambda: datetime.date.fromordinal(),
    lambda: datetime.date.fromordinal(1, 2),
    lambda: datetime.date.fromordinal(ordinal=1),
    lambda: datetime.date.fromordinal(730120),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for sep in [[1], [1, 2], "", "--", b"", b"\xff", "\U0001f600", bytearray(b"-"), memoryview(b"-")]:
    for obj in (b"abc", bytearray(b"abc"), memoryview(b"abc")):
        try:
            print(obj.hex(sep))
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e)

# binascii.hexlify/b2a_hex read sep the same way, but allow a Latin-1 separator (bytes out)
import binascii
for sep in [None, "-", b"-", bytearray(b"-"), [1], [1, 2], "", "\xe9", b"\xff", "\u0101", 1]:
    for f in (binascii.hexlify, binascii.b2a_hex):
        try:
            print(f(b"abcd", sep), f(b"abcd", sep, 2), f(b"abcdef", sep=sep, bytes_per_sep=-4))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
