# b"%b" and b"%s" take __bytes__, then any buffer (a memoryview, an array, a strided view in C order).
import array

class WithBytes:
    def __bytes__(self):
        return b"<wb>"

class Both(bytearray):
    def __bytes__(self):
        return b"<both>"

args = [b"abc", bytearray(b"xy"), memoryview(b"abc"), array.array("b", [65, 66]),
        array.array("h", [0x4142]), memoryview(b"abcd")[::2], memoryview(b"abcdef").cast("B", (2, 3)),
        WithBytes(), Both(b"zz"), "str", 3, None]
for a in args:
    for fmt in (b"%b", b"%s", b"[%5b]", b"[%-5s]", b"%.2b"):
        try:
            print(fmt, fmt % (a,))
        except Exception as e:
            print(fmt, type(e).__name__, e)
print(b"%(x)b-%(y)s" % {b"x": memoryview(b"mv"), b"y": array.array("B", b"ar")})
print(bytearray(b"%b") % memoryview(b"into bytearray"))
