# Exact comparisons between floats and big ints, int/float conversions at the 2**53 boundary.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), float(big + 1), float(big + 2), float(big + 3))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(int(1e23), int(2.0 ** 100), int(-1.5e300) % 1000, float(10 ** 308), float(-(10 ** 308)))
print(1 / 3 * 3 == 1, 10 ** 20 / 10 ** 10, 7 / 2, -7 / 2, 2 ** 60 / 2 ** 59, (2 ** 60 + 1) / 2)
print(10 ** 30 / 7, (10 ** 30) // 7.0, 1e30 // 7, 3 / 2 ** 80, (2 ** 1100) / (2 ** 1090))
vals = [1, 1.0, 2 ** 70, float(2 ** 70), 0.5, -0.0, 0, True]
print(sorted(vals, key=lambda v: (v, type(v).__name__)))
print([a < b for a, b in zip(vals, vals[1:])])
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19), 2 ** 64 > 1.8e19)
print(float(9007199254740993), float(9007199254740995))
print(sum([1, 2.5, 3]), sum([0.1] * 3, 1), sum([2 ** 60, 1.0]), round(2 ** 60 + 0.5))
print(abs(-2.0), abs(-0.0), abs(float("-inf")), 3 * 1.0, type(3 * 1.0).__name__, type(True + 1.5).__name__)
print(divmod(10, 3.0), divmod(-10, 3.0), divmod(2 ** 60, 7.0), 2 ** 60 % 7.0, 5 % -2.0)
