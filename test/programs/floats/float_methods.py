# float methods: hex/fromhex, as_integer_ratio, is_integer, conjugate, __round__, __trunc__, etc.
for x in [0.0, -0.0, 0.5, 1.0, 3.75, -2.5, 0.1, 1e300, 5e-324, 1 / 3, 123456.789]:
    print(x, x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x0.0000000000001p-1022", "  0X1.0P-4  ", "0x1.", "1",
          "0xA", "inf", "-Infinity", "nan", "0x1.00000000000008p0", "0x1.000000000000080001p0"]:
    print(repr(s), float.fromhex(s))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: float.fromhex("0x1p5000")))
print(err(lambda: float.fromhex("xyz")))
print(err(lambda: (float("inf")).as_integer_ratio()))
print(err(lambda: (float("nan")).as_integer_ratio()))
print((2.5).__round__(), (3.5).__round__(), (-2.5).__round__(), (2.675).__round__(2), (1.5).__trunc__(), (-1.5).__floor__() if hasattr(1.5, "__floor__") else "no __floor__")
print(float.__getformat__("double"), (7.0).__floordiv__(2), (7.0).__rmod__(20), (2.0).__pow__(3), (2.0).__rpow__(3))
print((1.5).__eq__(1.5), (1.5).__eq__("x"), (1.5).__lt__(2), (1.5).__int__(), (1.5).__float__(), (1.5).__bool__(), (0.0).__bool__())
print(float.__name__, float.__mro__, float(), float(" 1.5 "), float("-iNF"), float("1_0.5"), float("１.５"))
print(sorted(n for n in dir(float) if not n.startswith("_")))
print(err(lambda: float("1__0")), err(lambda: float("")), err(lambda: float("0x10")), err(lambda: float([1])))
print(float(True), float(10 ** 20), float(b" 2.5 "), err(lambda: float("nan(1)")))
class F:
    def __float__(self):
        return 1.25
class Bad:
    def __float__(self):
        return 1
class Sub(float):
    def __repr__(self):
        return "Sub!"
print(float(F()), err(lambda: float(Bad())), float(Sub(2.5)), type(float(Sub(2.5))).__name__, repr(Sub(1)), Sub(1) + 1)
