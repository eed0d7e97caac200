# Bitwise operators on small, large and negative ints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 0xF0F0, -0xF0F0, 2 ** 70 + 12345, -(2 ** 70) - 3]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, a << 3, a >> 3, a << 70, a >> 70, a >> 1000)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -(2 ** 100) >> 99)
print(0xFF & -256, 0xFFFF ^ -1, -1 & (2 ** 80 - 1))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: 1 << -1))
print(err(lambda: 1 >> -5))
print(err(lambda: 1 & 1.0))
print(err(lambda: 1 | "a"))
print(err(lambda: ~1.5))
print(True & False, True | False, True ^ True, ~False, True << 3, type(True & True).__name__, type(True & 1).__name__)
