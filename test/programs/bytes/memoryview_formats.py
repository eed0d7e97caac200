# memoryview items by format: unpacking and packing (pack_single's messages for bad types and
# values), iteration, tolist, equality across formats, hash, toreadonly, slice assignment.
# Only formats of the same size on 32- and 64-bit builds (the oracle is 32-bit): no 'l'/'L'/'n'/'N'/'P'.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def view(fmt, n):
    return memoryview(bytearray(n * memoryview(b"\0" * 8).cast(fmt).itemsize)).cast(fmt)

for fmt, good, bad in [
    ("B", [0, 255], [-1, 256]), ("b", [-128, 127], [-129, 128]),
    ("h", [-32768, 32767], [-32769, 32768]), ("H", [0, 65535], [-1, 65536]),
    ("i", [-2 ** 31, 2 ** 31 - 1], [-2 ** 31 - 1, 2 ** 31]), ("I", [0, 2 ** 32 - 1], [-1, 2 ** 32]),
    ("q", [-2 ** 63, 2 ** 63 - 1], [-2 ** 63 - 1, 2 ** 63]), ("Q", [0, 2 ** 64 - 1], [-1, 2 ** 64]),
]:
    v = view(fmt, 2)
    v[0], v[1] = good
    print(fmt, v.tolist(), list(v), v[0], v[-1], v.tobytes().hex(), [err(lambda: v.__setitem__(0, b)) for b in bad])
    print(" ", err(lambda: v.__setitem__(0, 1.5)), err(lambda: v.__setitem__(0, "1")), err(lambda: v.__setitem__(0, None)))

class Index:
    def __index__(self):
        return 7
class Float:
    def __float__(self):
        return 2.5
i = view("i", 3)
i[0] = True
i[1] = Index()
i[2] = -5
print(i.tolist(), type(i[0]).__name__)

for fmt in "fd":
    v = view(fmt, 4)
    v[0] = 1.5
    v[1] = 3
    v[2] = Float()
    v[3] = Index()
    print(fmt, v.tolist(), err(lambda: v.__setitem__(0, "x")), err(lambda: v.__setitem__(0, 2 ** 2000)), err(lambda: v.__setitem__(0, None)))
f = view("f", 2)
f[0] = 0.1
f[1] = 1e300
print(f[0] == 0.1, f[0], f[1])
d = view("d", 1)
d[0] = float("nan")
print(d == d, d[0] != d[0], d == memoryview(d.tobytes()).cast("d"))

b = view("?", 6)
b[0] = 5
b[1] = []
b[2] = "x"
b[3] = 0.0
b[4] = True
print(b.tolist(), list(b))

c = memoryview(bytearray(b"abc")).cast("c")
c[0] = b"z"
print(c.tolist(), c[0], list(c), c[1:].tobytes(), err(lambda: c.__setitem__(0, "x")), err(lambda: c.__setitem__(0, b"xy")), err(lambda: c.__setitem__(0, 1)))

# equality: values compared as struct would unpack them, shapes must agree
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01").cast("b"), memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00\x00\x00").cast("i"))
print(memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00").cast("h"), memoryview(b"\xff\xff").cast("H") == memoryview(b"\xff\xff").cast("h"))
print(memoryview(b"ab").cast("c") == b"ab", memoryview(b"ab").cast("b") == b"ab", memoryview(b"\x01").cast("?") == b"\x01", memoryview(b"\x01\x00").cast("h") == [1])
print(memoryview(b"abcdef").cast("B", [2, 3]) == memoryview(b"abcdef").cast("B", [2, 3]), memoryview(b"abcdef").cast("B", [2, 3]) == memoryview(b"abcdef").cast("B", [3, 2]))
print(memoryview(b"abcdef").cast("B", [2, 3]) == b"abcdef", memoryview(b"abc") != b"abd", memoryview(b"abc") == bytearray(b"abc"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f") == memoryview(b"\x01").cast("B"), memoryview(b"\x00\x00\x80\x3f").cast("f").tolist())

# hash: read-only byte formats only, equal to the bytes' hash
print(hash(memoryview(b"ab")) == hash(b"ab"), hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("@b")) == hash(b"ab"))
print(err(lambda: hash(memoryview(b"ab").cast("h"))), err(lambda: hash(memoryview(bytearray(b"ab")))), err(lambda: hash(memoryview(bytearray(b"ab")).toreadonly())))
m = memoryview(b"xyz")
h = hash(m)
m.release()
print(hash(m) == h, err(lambda: hash(memoryview(b"q").__enter__().__class__(b"q").toreadonly()) == hash(b"q")))

# toreadonly shares the memory
ba = bytearray(b"abcd")
ro = memoryview(ba).cast("h").toreadonly()
ba[0] = 0x7a
print(ro.readonly, ro.tolist(), ro.obj is ba, err(lambda: ro.__setitem__(0, 1)), err(lambda: ro.__delitem__(0)))

# slice assignment: same format string, itemsize and shape
h = memoryview(bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")).cast("h")
h[::2] = memoryview(bytearray(4)).cast("h")
print(h.tolist())
h[1:3] = h[0:2]
print(h.tolist())
print(err(lambda: h.__setitem__(slice(0, 2), b"\x00\x00\x00\x00")), err(lambda: h.__setitem__(slice(0, 2), memoryview(bytearray(4)).cast("H"))))
print(err(lambda: h.__setitem__(slice(0, 2), [1, 2])), err(lambda: h.__setitem__("a", 1)), err(lambda: h["a"]), err(lambda: h[1.0]))
print(err(lambda: h.__delitem__(0)), err(lambda: memoryview(b"ab").cast("B", [1, 2]).__setitem__((0, 0), 1)))
u = memoryview(bytearray(b"abcdef"))
u[1:4] = u[0:3]
print(u.tobytes(), err(lambda: u.__setitem__(slice(0, 2), memoryview(b"ab").cast("@B"))))

# a strided view is a buffer for bytes()/bytearray()/tobytes, not for simple requests
import struct, binascii
s = memoryview(b"abcdef")[::2]
print(bytes(s), bytearray(s), s.tobytes(), int.from_bytes(s, "big"), bytes(memoryview(b"\x01\x00\x02\x00").cast("h")[::-1]))
print(err(lambda: b"a" + s), err(lambda: bytearray(b"x") + s), err(lambda: b"".join([s])), err(lambda: str(s, "ascii")))
print(err(lambda: struct.unpack("3s", s)), err(lambda: binascii.hexlify(s)))
