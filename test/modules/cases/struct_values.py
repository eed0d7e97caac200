# struct over generated values: standard sizes and every byte order, boundaries, half/single rounding, pascal strings,
# unpack of random bytes; one line per case. Range errors of 2- and 4-byte ints print only their type (their text
# depends on the build's C long; 4-byte ones may also say 'argument out of range' on a 32-bit build).
import struct, random
rng = random.Random(1234)
def show(f, loose=False):
    try:
        return repr(f())
    except struct.error as e:
        msg = str(e)
        if loose and ("format requires" in msg or msg == "argument out of range"):
            return "error"
        return "error" if "format requires" in msg and not msg.startswith(("byte", "ubyte")) else "error: " + msg
    except Exception as e:
        return f"{type(e).__name__}: {e}"
ints = {"b": 8, "B": 8, "h": 16, "H": 16, "i": 32, "I": 32, "l": 32, "L": 32, "q": 64, "Q": 64}
for order in "<>!=":
    for code, bits in ints.items():
        lo, hi = (0, 2 ** bits - 1) if code.isupper() else (-2 ** (bits - 1), 2 ** (bits - 1) - 1)
        for v in [lo, hi, lo - 1, hi + 1, 0, 1, -1, rng.randint(lo, hi), 2 ** 64, -2 ** 63 - 1, True]:
            fmt = order + code
            loose = bits == 32
            print(fmt, v, show(lambda: struct.pack(fmt, v), loose), show(lambda: struct.unpack(fmt, struct.pack(fmt, v)), loose))
floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 2 ** -24, 2 ** -25, 3 * 2 ** -26, 2 ** -14, 1e-10,
          3.4028234663852886e38, 3.4028235677973366e38, 1e39, 1e300, float("inf"), -float("inf"), 5e-324, 1.00048828125,
          1.000732421875, 1.0009765625 + 2 ** -12]
for order in "<>":
    for code in "efd":
        for x in floats:
            print(order + code, repr(x), show(lambda: struct.pack(order + code, x)), show(lambda: struct.unpack(order + code, struct.pack(order + code, x))))
for _ in range(60):
    raw = bytes(rng.randrange(256) for _ in range(8))
    print(raw.hex(), show(lambda: struct.unpack("<e", raw[:2])), show(lambda: struct.unpack(">f", raw[:4])), show(lambda: struct.unpack("<d", raw)),
          show(lambda: struct.unpack(">hHbB", raw[:6])), show(lambda: struct.unpack("<q", raw)), show(lambda: struct.unpack(">Q", raw)))
for n in range(0, 8):
    for s in [b"", b"a", b"abcdefghij", bytes(range(250, 256))]:
        print(n, s, show(lambda: struct.pack(f"<{n}p", s)), show(lambda: struct.pack(f"<{n}s", s)), show(lambda: struct.unpack(f"<{n}p", struct.pack(f"<{n}p", s))))
for fmt in ["", "<", "x", "3x", "<hxi", ">5s2H", "!?c", "=e", "  <i", "<i i", "<10", "<i3", "<y", "<2P", "<n", "<N", "i", "@q", "5q", "0q"]:
    print(repr(fmt), show(lambda: struct.calcsize(fmt)))
