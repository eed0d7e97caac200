# round(): banker's rounding, ndigits positive and negative, exactness of decimal halves, types.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e20, 5e-324,
        0.285, 0.1 + 0.2, 2.5000000001, 1e300, 123456789.987654321]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 400), round(v, -400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, type(round(3, 1)).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: round(float("inf"))))
print(err(lambda: round(float("nan"))))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.0, 1), round(-0.4), round(-0.4, 0))
print(err(lambda: round(1.5, 1.0)))
print(err(lambda: round("1.5")))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), err(lambda: round(object())))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001), int(-2.5))
print([round(x / 10, 1) for x in range(-15, 16)])
print([round(n, -1) for n in range(-25, 26, 5)])
