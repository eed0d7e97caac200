# bytes.translate / bytearray.translate: a 256-byte table and bytes to delete; an exact bytes that
# nothing changes comes back as the same object, as CPython's; binascii.crc32 is zlib's crc32.
import binascii
import zlib

data = bytes(range(256)) * 300
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
rot = bytes((i + 1) % 256 for i in range(256))
for label, args in [
    ("upper", (upper,)),
    ("rot", (rot,)),
    ("none", (None,)),
    ("delete vowels", (None, b"aeiou")),
    ("upper delete", (upper, b"abc\x00\xff")),
    ("delete all", (None, bytes(range(256)))),
    ("delete kw", (rot,)),
]:
    r = data.translate(*args) if label != "delete kw" else data.translate(rot, delete=b"xyz")
    ba = bytearray(data).translate(*args)
    print(label, len(r), zlib.crc32(r), r[:12], r == ba, type(ba).__name__)

b = b"hello world"
identity = bytes(range(256))
print(b.translate(None) is b, b.translate(identity) is b, b.translate(upper) is b, b.translate(None, b"") is b)
print(b.translate(None, b"z") is b, b.translate(upper, b"q") is b, b.translate(None, b"o") is b, b.translate(upper))
print(b"".translate(upper) == b"", b"abc".translate(rot, b"b"))
ba = bytearray(b"abc")
print(ba.translate(None) is ba, ba.translate(None), type(ba.translate(identity)).__name__)

class B(bytes):
    pass
sb = B(b"xyz")
r = sb.translate(None)
print(type(r).__name__, r is sb, r)
print(b"abc".translate(memoryview(identity)), b"abc".translate(bytearray(rot), memoryview(b"a")))

for bad in [(b"short",), ("x" * 256,), (None, "a"), (1,), ()]:
    try:
        b"abc".translate(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# binascii.crc32 and zlib.crc32 agree, whole or in pieces, with any start value
for start in (0, 1, 0xFFFFFFFF, 2**32 + 5, -1):
    whole = binascii.crc32(data, start & 0xFFFFFFFF if start < 0 else start)
    pieces = binascii.crc32(data[1000:], binascii.crc32(data[:1000], start & 0xFFFFFFFF if start < 0 else start))
    print(start, whole, whole == pieces, whole == zlib.crc32(data, start & 0xFFFFFFFF if start < 0 else start))
print(binascii.crc32(b""), binascii.crc32(b"a"), binascii.crc32(bytearray(b"hello")), binascii.crc32(memoryview(b"hello")))
