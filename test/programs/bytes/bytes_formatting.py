# %-formatting of bytes, bytes repr of every byte value, and hex/bytes round trips.
print(b"%s|%5s|%-5s|%.2s" % (b"abc", b"de", b"f", b"ghij"))
print(b"%d %i %5d %-5d| %05d %+d %x %X %#x %o %c %c %%" % (1, 2, 3, 4, 5, 6, 255, 255, 255, 8, 65, b"B"))
print(b"%f %.2f %e %g %r %a" % (1.5, 2.345, 12345.678, 0.0001, b"r", "é"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: b"%s" % "text"))
print(err(lambda: b"%c" % 256))
print(err(lambda: b"%c" % b"ab"))
print(err(lambda: b"%d" % b"1"))
print(err(lambda: b"%y" % 1))
print(bytes(range(256)))
print(bytearray(range(0, 256, 17)), repr(bytes([0x5c, 0x27, 0x22])), repr(bytearray(b"'\"")))
for n in [0, 1, 127, 128, 255]:
    print(n, bytes([n]), bytes([n]).hex(), format(n, "08b"))
print(b"abc".hex(), bytes.fromhex(b"abc".hex()), bytearray.fromhex(" 01 02 "), int.from_bytes(bytes.fromhex("0102"), "big"))
