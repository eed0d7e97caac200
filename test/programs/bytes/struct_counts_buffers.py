# struct: large repeat counts are counted, not expanded; 'p' stores up to size-1 bytes with the
# length byte saturating at 255; any buffer exporter (array.array) as input or as pack_into's
# target; embedded NULs and non-ASCII format strings; readinto() into an array.
import array
import io
import struct


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print("-- counts")
for fmt in ["1000000000x", "<100000000x", "=1000000000s", ">0s0p0c", "0i", "@3x0i", "b0q", "b0qb", "bx0s", "<b0q", "@b0h0i", "2000000000p"]:
    print(fmt, attempt(struct.calcsize, fmt))
s = struct.Struct("<100000000x2H")
print(s.size, attempt(s.pack, 1))
print(attempt(struct.pack, "100000000b"))
print(attempt(struct.unpack, "<400000000x", b""))
for fmt in ["99999999999999999999b", "99999999999999999999", "1b99999999999999999999", "b99999999999999999999x"]:
    print(fmt, attempt(struct.calcsize, fmt))

print("-- 'p'")
for code, data in [("p", b"abc"), ("1p", b"abc"), ("2p", b"abc"), ("5p", b"abc"), ("255p", b"x" * 300),
                   ("256p", b"x" * 300), ("257p", b"x" * 300), ("300p", b"y" * 300), ("300p", b"z" * 100),
                   ("1000p", b"w" * 1000)]:
    packed = struct.pack(code, data)
    back = struct.unpack(code, packed)[0]
    print(code, len(data), packed[0], packed.count(data[:1]), len(packed), len(back))
print(attempt(struct.pack, "2p", "str"))

print("-- buffers")
a = array.array("b", b"\x00\x00\x00\x01")
print(attempt(struct.unpack, ">I", a))
print(attempt(struct.unpack_from, ">H", a, 2))
print(attempt(lambda: list(struct.iter_unpack(">H", a))))
print(attempt(struct.Struct("<hh").unpack, array.array("h", [5, -6])))
w = array.array("b", bytes(8))
struct.pack_into(">I", w, 2, 0x01020304)
print(w)
struct.Struct(">H").pack_into(w, 0, 7)
print(w)
struct.pack_into("<h", w, -2, -2)
print(w)
h = array.array("H", [0, 0, 0])
struct.pack_into("<HH", h, 1, 0x1234, 0x5678)
print(h)
mv = memoryview(bytearray(4))
struct.pack_into("<I", mv, 0, 0xdeadbeef)
print(mv.tobytes())
for target in [bytes(8), memoryview(bytes(8)), memoryview(bytearray(8))[::2], "text", 5]:
    print(type(target).__name__, attempt(struct.pack_into, "<b", target, 0, 1))
print(attempt(struct.pack_into, ">I", w, 6, 1))
print(attempt(struct.unpack, ">I", array.array("b", b"\x00\x01")))
print(attempt(struct.unpack, "b", memoryview(b"abcd")[::4]))

print("-- format strings")
for fmt in ["\0", "2\0i", b"\0", "i\0", b"i\0i", "\xe9", "\xe9\0", b"\xe9", "\ud800", b" i ", "i", bytearray(b"i"), ["i"], 5]:
    print(repr(fmt), attempt(struct.calcsize, fmt), attempt(lambda: struct.Struct(fmt).size))
print(struct.Struct(b"<hb").format, struct.Struct("<hb").format)

print("-- readinto an array")
b = array.array("b", bytes(4))
print(io.BytesIO(b"abcd").readinto(b), b)
h = array.array("H", [0, 0])
print(io.BytesIO(b"abcd").readinto(h), h)
print(io.BufferedReader(io.BytesIO(b"wxyz")).readinto(b), b)
print(io.BytesIO(b"12").readinto(b), b)
print(io.BufferedReader(io.BytesIO(b"pq")).readinto1(b), b)
print(attempt(io.BytesIO(b"x").readinto, bytes(2)))
