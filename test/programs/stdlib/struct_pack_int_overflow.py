# struct.pack: an int item whose packer raises OverflowError is struct.error "int too large to
# convert", whichever code packs it ('e' and standard 'f' overflow, 'P' past a C long or unsigned
# long: there an object with __index__ keeps its OverflowError); the native 'f' casts to float
# without a check, so 1e300 packs as inf. (A 'P' that packs shows no bytes, nor any value between
# 2**31 and 2**64: a pointer is 32 bits in the oracle.)
import struct


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class F:
    def __float__(self):
        return 1e300


class IS(int):
    pass


for fmt in ["e", "<e", ">e", "f", "@f", "<f", ">f", "=f", "!f", "d", "<q", ">q", "P"]:
    for v in [2**64, -2**70, 2**1100, 70000, 10**39, IS(2**64), IS(70000), True, I(2**70), I(-2**70), F(), 1e300, 70000.0, -1e39]:
        try:
            r = struct.pack(fmt, v) if fmt != "P" else struct.pack(fmt, v) and "packed"
        except Exception as e:
            r = f"{type(e).__name__} {e}"
        print(fmt, type(v).__name__, r)
for v in [2**64, 70000, 1e300]:
    try:
        b = bytearray(4)
        struct.pack_into("<e", b, 0, v)
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
