# format() with every kind of object: defaults, specs, __format__ overrides, object.__format__ errors.
for v, spec in [(42, ""), (42, "x"), (3.14159, ".2f"), ("s", ">5"), ("s", "^7"), (True, ""), (True, "d"), (None, ""), ([1], ""),
                (1 + 2j, ".1f"), (2 ** 70, ","), (-0.0, "+"), (1e-10, "g"), ("abc", ".2"), (b"x", "")]:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), f"{type(e).__name__}: {e}")
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: format(None, "x")), err(lambda: format([1], "5")), err(lambda: format(object(), "s")))
print(err(lambda: format(1, 5)), err(lambda: format()), err(lambda: format(1, "", 2)))
import datetime, decimal, fractions
print(format(datetime.date(2020, 1, 2), "%d/%m/%Y"), format(decimal.Decimal("1.2345"), ".2f"), format(fractions.Fraction(1, 3), "") if hasattr(fractions.Fraction, "__format__") else "")
print(object.__format__(5, ""), err(lambda: object.__format__(5, "d")), str.__format__("ab", ">4"), int.__format__(5, "03"))
