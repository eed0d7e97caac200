# An OverflowError while packing an int (an 'e' or 'f' past its range, any byte order) is
# struct.error 'int too large to convert'; native 'f' casts past float's range to an infinity.
import struct
for fmt in ['<e', '>e', '=e', 'e', '!e']:
    for v in [2**64, 2**63, 2**63-1, 65520, 10**400, 70000, -2**64, 1e10, 2**1024]:
        try:
            struct.pack(fmt, v); r = "ok"
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(fmt, v if v < 10**30 else "big", r)
for fmt, v in [('f', 2**128), ('<f', 2**200), ('f', True), ('<d', 2**1024), ('d', 10**400), ('<e', False), ('e', 65519), ('f', 3.5e38)]:
    try:
        print(fmt, struct.pack(fmt, v))
    except Exception as e:
        print(fmt, type(e).__name__, e)
class I(int): pass
try: struct.pack('<e', I(10**6))
except Exception as e: print(type(e).__name__, e)
b = bytearray(8)
try: struct.pack_into('<IeH', b, 0, 1, 2**64, 1)
except Exception as e: print(type(e).__name__, e, b)
