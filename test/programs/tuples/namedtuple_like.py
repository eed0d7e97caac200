# collections.namedtuple: fields, defaults, _replace, _asdict, _make, repr, subclassing, errors.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), tuple(p), p == (1, 2), len(p))
Pt3 = namedtuple("Pt3", ["x", "y", "z"], defaults=[0])
print(Pt3(1, 2), Pt3(1, 2, 3), Pt3._field_defaults, Pt3.__doc__, Pt3.x.__doc__)
R = namedtuple("R", "a def class", rename=True)
print(R._fields, R(1, 2, 3))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, isinstance(v, tuple), Vec.__mro__[1].__name__, sorted([Vec(2, 1), Vec(1, 5)]))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: Point(1)))
print(err(lambda: Point(1, 2, 3)))
print(err(lambda: namedtuple("Bad", "a a")))
print(err(lambda: namedtuple("Bad", "1a")))
print(err(lambda: p._replace(z=1)))
print(err(lambda: setattr(p, "x", 5)))
x, y = p
print(x, y, max(Point(3, 9), Point(4, 0)), dict(zip(Point._fields, p)))
