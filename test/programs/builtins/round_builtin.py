# round(): ints with negative ndigits, floats with half-even, big ints, __round__ on user types, None ndigits.
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999, 2.5000001]])
print([round(n, -1) for n in [5, 15, 25, 35, -5, -15]], round(123456, -3), round(-123456, -3), round(2 ** 70 + 500, -3) - 2 ** 70)
print(round(1.23456, 3), round(-1.23456, 3), round(1.5, None), round(10, 0), type(round(10, 0)).__name__, round(0.5 + 1e-16))
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), round(Decimal("2.675"), 2), round(Decimal("2.5")))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: round()), err(lambda: round(1.5, "1")), err(lambda: round([1])), err(lambda: round(1, 2, 3)))
