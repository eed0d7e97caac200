# float subclasses and user classes mixing with floats through __radd__ and friends.
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
    def __add__(self, other):
        return Celsius(float(self) + other)
c = Celsius(21.5)
print(repr(c), c + 1, repr(c + 1), 1 + c, type(1 + c).__name__, c * 2, type(c * 2).__name__, -c, round(c))
print(c == 21.5, c > 20, isinstance(c, float), float(c), type(float(c)).__name__, c.hex(), c.is_integer())
class Vec:
    def __init__(self, x):
        self.x = x
    def __radd__(self, other):
        return Vec(other + self.x)
    def __rmul__(self, other):
        return Vec(other * self.x)
    def __rtruediv__(self, other):
        return Vec(other / self.x)
    def __rpow__(self, other):
        return Vec(other ** self.x)
    def __repr__(self):
        return f"Vec({self.x!r})"
print(1.5 + Vec(2), 2.0 * Vec(3), 1.0 / Vec(4), 2.0 ** Vec(0.5), sum([Vec(1)], 0.5))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: 1.5 - Vec(1)))
print(err(lambda: 1.5 < Vec(1)))
print(err(lambda: Vec(1) + 1.5))
print(Celsius.__mro__, Celsius("3.5"), Celsius(), Celsius.fromhex("0x1p1"), type(Celsius.fromhex("0x1p1")).__name__)
