# struct with standard sizes and byte orders ('<', '>', '!', '='): round trips of every format character, pascal and
# padding, pack_into/unpack_from with offsets, iter_unpack, Struct objects, and struct.error messages (not the range
# errors of 2- and 4-byte ints, which depend on the C long of the build).
import struct
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
values = {"b": -5, "B": 200, "h": -300, "H": 60000, "i": -70000, "I": 4000000000, "l": -2, "L": 7, "q": -2 ** 40, "Q": 2 ** 63,
          "e": 1.5, "f": -0.25, "d": 1e300, "?": True, "c": b"z"}
for order in "<>!=":
    for code, v in values.items():
        data = struct.pack(order + code, v)
        print(order + code, data, struct.unpack(order + code, data), struct.calcsize(order + code))
print(struct.pack("<3s", b"ab"), struct.pack("<5p", b"hello world"), struct.unpack("<5p", b"\x03abcd"), struct.pack("<2x?x", False))
print(struct.pack("< h i  q", 1, 2, 3), struct.calcsize("<0s"), struct.pack("<0s", b"x"), struct.unpack("<3c", b"xyz"))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.pack("<e", 65504.0), struct.pack("<e", 2 ** -24), struct.pack("<e", 0.1))
print(struct.unpack("<e", struct.pack("<e", 1 / 3)), struct.pack(">e", -0.0), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("<d", float("inf")), struct.unpack(">d", b"\x7f\xf8" + bytes(6))[0] != 0, struct.pack("<?", []), struct.pack("<?", 3))
buf = bytearray(10)
struct.pack_into("<hi", buf, 2, 7, -1)
print(buf, struct.unpack_from("<hi", buf, 2), struct.unpack_from("<i", buf, offset=4), struct.unpack_from("<h", buf, -2))
struct.pack_into("<h", buf, -2, 0x4142)
print(buf, list(struct.iter_unpack("<2B", b"\x01\x02\x03\x04")), struct.iter_unpack(">H", b"abcd").__length_hint__())
s = struct.Struct(">Ih")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x00\x00\x01\x00\x02"), s.unpack_from(b"..\x00\x00\x00\x03\x00\x04", 2), struct.Struct(b"<q").format)
print(list(s.iter_unpack(bytes(12))), type(s).__name__, struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(err(lambda: struct.pack("<B", 256)), err(lambda: struct.pack("<b", -129)))
print(err(lambda: struct.pack("<q", 2 ** 63)), err(lambda: struct.pack("<Q", -1)))
print(err(lambda: struct.unpack("<I", b"\x00")), err(lambda: struct.pack("<q", 1.5)), err(lambda: struct.pack("<Z", 1)), err(lambda: struct.pack("<i")))
print(err(lambda: struct.pack("<i", 1, 2)), err(lambda: struct.pack("<c", b"ab")), err(lambda: struct.pack("<s", 1)), err(lambda: struct.pack("<d", "x")))
print(err(lambda: struct.pack("<e", 1e10)), err(lambda: struct.pack("<f", 1e300)), err(lambda: struct.calcsize("<3")), err(lambda: struct.calcsize("<n")))
print(err(lambda: struct.iter_unpack("<h", b"\x01")), err(lambda: struct.iter_unpack("<0s", b"")), err(lambda: struct.pack_into("<h", bytearray(1), 0, 1)))
print(err(lambda: struct.unpack_from("<h", b"\x01\x02", 5)), err(lambda: struct.pack_into("<h", bytearray(4), -1, 1)), err(lambda: struct.pack_into("<h", bytearray(4), -9, 1)))
print(err(lambda: struct.unpack_from("<i", b"abcd", -2)), err(lambda: struct.pack_into("<h", b"xx", 0, 1)), err(lambda: struct.Struct(5)), err(lambda: struct.unpack("<h", "ab")))
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<h", Idx()), struct.pack("<?", Idx()), err(lambda: struct.pack("<h", "1")), struct.pack("<d", 3), struct.pack("<f", True))
