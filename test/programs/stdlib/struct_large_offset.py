# struct's offset messages give offsets near sys.maxsize exactly (issue 30245's test).
import struct, sys

def show(f):
    try:
        f()
    except (struct.error, OverflowError, IndexError, TypeError) as e:
        msg = str(e)
        for big, name in [(sys.maxsize + 4, "MAX+4"), (sys.maxsize, "MAX"), (-sys.maxsize - 1, "MIN")]:
            msg = msg.replace(str(big), name)
        print(type(e).__name__, msg)

buf = bytearray(10)
show(lambda: struct.pack_into("<I", buf, sys.maxsize, 1))
show(lambda: struct.unpack_from("<I", buf, sys.maxsize))
show(lambda: struct.Struct("<I").pack_into(buf, sys.maxsize, 1))
show(lambda: struct.Struct("<I").unpack_from(buf, offset=sys.maxsize))
show(lambda: struct.pack_into("<I", buf, -sys.maxsize - 1, 1))
show(lambda: struct.unpack_from("<I", buf, -sys.maxsize - 1))
show(lambda: struct.pack_into("<I", buf, sys.maxsize + 1, 1))
show(lambda: struct.Struct("<I").pack_into(buf, -sys.maxsize - 2, 1))
show(lambda: struct.unpack_from("<I", buf, sys.maxsize + 1))
show(lambda: struct.Struct("<I").unpack_from(buf, -sys.maxsize - 2))
show(lambda: struct.unpack_from("<I", buf, 2.0))
show(lambda: struct.pack_into("<I", buf, 2.0, 1))
show(lambda: struct.unpack_from("<I", buf, 8))
show(lambda: struct.pack_into("<I", buf, -11, 1))
show(lambda: struct.pack_into("<I", buf, -2, 1))
