# Float arithmetic: floor division and modulo signs, divmod, pow, mixing with ints, inf and nan.
vals = [7.5, -7.5, 2.0, -2.0, 0.1, 1e308, 3, -3]
for a in vals:
    for b in [2.0, -2.0, 0.1, 3, -3]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, inf > 1e308, nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf, inf // 1, 5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(f"{2.0 ** 0.5:.12g}", f"{((-8.0) ** (1 / 3)).real:.12g}", 10.0 ** -2, 0.0 ** 0, (-0.0) ** 0, 4 ** 0.5, 2 ** -1.0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 5e-324 / 2, 1e308 + 1e308)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 0.5 + 0.25 == 0.75)
print(-0.0 == 0.0, str(-0.0 * 1), str(0.0 * -1), str(-0.0 + 0.0), str(-0.0 - 0.0), str(-0.0 + -0.0))
print(3 * 0.1, 0.1 * 3, 1.1 * 1.1, 1.15 * 100, 0.7 + 0.1, 1 - 0.9, 100 * 1.1)
x = 1.0
for i in range(10):
    x = x * 1.5 - 0.25
print(x)
total = 0.0
for i in range(1000):
    total += 0.001
print(total, sum([0.001] * 1000), sum([0.1] * 10))
print(7 // 0.5, 7 % 0.5, -7 // 0.75, -7 % 0.75, 1e16 // 3, 1e16 % 3)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: (-8.0) ** 0.5 + 0))
print(err(lambda: 0.0 ** -1.0))
print(err(lambda: inf % 1))
print(err(lambda: divmod(inf, 1)))
