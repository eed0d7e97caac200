# int's methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, ...
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for n in [0, 1, -1, 7, -8, 255, 256, 2 ** 64, -(2 ** 64), 2 ** 100 - 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), (2 ** 64).to_bytes(9, "big"), (0).to_bytes(0, "big"))
print(err(lambda: (256).to_bytes(1, "big")))
print(err(lambda: (-1).to_bytes(1, "big")))
print(err(lambda: (1).to_bytes(1, "middle")))
print(err(lambda: (1).to_bytes(-1, "big")))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x80"), "little", signed=True))
print(int.from_bytes(b"\x01" * 20, "little"))
print(err(lambda: int.from_bytes("abc", "big")))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(8), (5).__rsub__(8), (5).__add__(1.5))
print((7).__floordiv__(2), (7).__rfloordiv__(30), (7).__pow__(2), (7).__pow__(2, 5), (2).__rpow__(3))
print((5).__eq__(5), (5).__eq__(5.0), (5).__lt__(6), (5).__lt__("a"), (3).__bool__(), (0).__bool__())
print((10).__index__(), (10).__int__(), (10).__float__(), (10).__trunc__(), (10).__floor__(), (10).__ceil__())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print((1234).__round__(-1), type(round(7)).__name__, round(2 ** 70 + 2 ** 69, -21))
print((6).__format__("05d"), (255).__format__("x"), int.__name__, int.__qualname__, int.__module__)
print(int.__mro__, int.__base__, type(int).__name__, isinstance(True, int), issubclass(bool, int))
print((3).__abs__(), (-3).__neg__(), (-3).__pos__(), (3).__invert__(), (12).__and__(10), (12).__lshift__(2))
print((17).__divmod__(5), (17).__rdivmod__(5), (17).__mod__(-5), (17).__truediv__(4), (17).__rtruediv__(4))
print(sorted(n for n in dir(int) if not n.startswith("_")))
