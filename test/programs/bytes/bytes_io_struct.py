# io.BytesIO and struct with standard sizes ('<', '>', '!'), which do not depend on the platform.
import io, struct
buf = io.BytesIO()
buf.write(b"header")
buf.write(struct.pack("<HIq", 1, 2, -3))
buf.write(struct.pack(">f d ?", 1.5, -2.25, True))
print(buf.tell(), buf.getvalue())
buf.seek(0)
print(buf.read(6), struct.unpack("<HIq", buf.read(14)), struct.unpack(">fd?", buf.read(13)), buf.read())
print(struct.calcsize("<HIq"), struct.calcsize(">fd?"), struct.calcsize("!4s2h"), struct.pack("!4s2h", b"ab", 1, -1))
print(struct.unpack("<4B", b"\x01\x02\x03\x04"), struct.pack("<i", -2), struct.pack(">Q", 2 ** 64 - 1), struct.pack("<e", 0.5))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")), struct.pack("<3s", b"abcdef"), struct.pack("<p", b"pascal"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: struct.pack("<B", 256)))
print(err(lambda: struct.unpack("<I", b"\x00")))
print(err(lambda: struct.pack("<q", 1.5)))
print(err(lambda: struct.pack("<Z", 1)))
s = struct.Struct("<2i")
print(s.size, s.format, s.pack(7, 8), s.unpack(b"\x07\x00\x00\x00\x08\x00\x00\x00"))
b = io.BytesIO(b"line1\nline2\nline3")
print(b.readline(), b.readlines(), b.read(), b.seek(2), b.read(3), b.getbuffer().tobytes()[:5])
