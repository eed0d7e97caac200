# repr/str of floats: shortest round-trip digits, exponent switch points, signed zero, inf/nan.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 123.456, 9007199254740993.0, 0.3, 4.35,
        float("inf"), float("-inf"), float("nan"), 1.0000000000000002, 0.9999999999999999, 1e-310]
for x in vals:
    print(repr(x), str(x), x.hex(), float(repr(x)) == x or x != x)
print(1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 60, 10.0 ** 15, 10.0 ** 16, 10.0 ** -5)
print([round(0.1 * i, 10) for i in range(10)])
print([0.1 * i for i in range(10)])
print(float("1e500"), float("-1e500"), float("1e-500"), -float("1e-500"))
print(repr(float("nan")), repr(-float("nan")), repr(float("-nan")), str(float("inf")))
print(f"{0.1!r} {0.1!s} {1e300 * 1e10}")
print(1.0, 10.0, 1e1, 1E+1, 1_000.5, .5, 5., 0e0, 0x10 * 1.0)
