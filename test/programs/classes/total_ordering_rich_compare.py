# Rich comparisons: defaults, reflection (__lt__ <-> __gt__), functools.total_ordering, sorting user objects.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1") >= Version("1.0"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v}.__lt__({o.v})")
        return self.v < o.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b)
print(b > a)
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: a <= b))
print(err(lambda: a >= b))
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)], key=lambda o: o.v)[0].v, [o.v for o in sorted([OnlyLt(3), OnlyLt(1)])])
print(err(lambda: object() < object()))
print(err(lambda: [] < ()))
print(err(lambda: {} <= {}))
class Eq:
    def __eq__(self, o):
        return "EQ"
print(Eq() == 1, Eq() != 1, 1 == Eq(), 1 != Eq())
