# fractions.Fraction: construction from ints/strings/floats/decimals, arithmetic, limit_denominator, comparisons, formatting.
from fractions import Fraction as F
from decimal import Decimal
print(F(3, 6), F(-4, 10), F("0.75"), F("-3/9"), F(" 1e-2 "), F(0.5), F(0.1), F(Decimal("1.25")), F(7), F(), F(F(1, 2), F(1, 3)))
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, -a, abs(F(-1, 2)), a // b, a % b, divmod(F(7, 2), F(1, 3)), F(4, 9) ** F(1, 2))
print(a < b, a == F(2, 6), F(1, 2) == 0.5, F(1, 3) == 1 / 3, a + 1, 1 - a, a * 1.5, sorted([F(2, 3), 0.5, F(1, 4), 1]))
print(F(0.1).limit_denominator(10), F(3.141592653589793).limit_denominator(1000), F(1, 3).numerator, F(1, 3).denominator, F(5, 10).as_integer_ratio())
print(float(F(1, 8)), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), F(7, 2).__floor__(), F(7, 2).__ceil__(), hash(F(1, 2)) == hash(0.5))
print(repr(F(1, 2)), str(F(1, 2)), str(F(4, 2)), sum(F(1, n) for n in range(1, 11)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: F(1, 0)), err(lambda: F("1/0")), err(lambda: F("abc")), err(lambda: F(1.5, 2)), err(lambda: F(float("inf"))), err(lambda: F(float("nan"))))
