# __repr__, __str__, __format__ and __bytes__: which builtin calls which, and fallbacks to object's.
class R:
    def __repr__(self):
        return "R-repr"
class S:
    def __str__(self):
        return "S-str"
class F:
    def __format__(self, spec):
        return f"F-format[{spec}]"
    def __repr__(self):
        return "F-repr"
class By:
    def __bytes__(self):
        return b"raw"
for o in [R(), F()]:
    print(repr(o), str(o), format(o), f"{o}", f"{o!r}", f"{o!s}", "%s %r" % (o, o), [o], (o,), {"k": o})
s = S()
print(str(s), f"{s}", "%s" % s, format(s), repr(s).startswith("<__main__.S object at 0x"))
print(bytes(By()), format(F(), "xyz"), "{:abc}".format(F()), f"{F():>10}")
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: format(R(), "x")))
class BadRepr:
    def __repr__(self):
        return 5
print(err(lambda: repr(BadRepr())))
print(err(lambda: str(BadRepr())))
class BadFormat:
    def __format__(self, spec):
        return None
print(err(lambda: format(BadFormat())))
print(err(lambda: bytes(S())))
class Recursive:
    def __repr__(self):
        return f"Recursive({self!r})"
print(err(lambda: repr(Recursive()))[:60])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x!r}, y={self.y!r})"
    def __format__(self, spec):
        if spec == "polar":
            import math
            return f"({math.hypot(self.x, self.y):.2f}, {math.degrees(math.atan2(self.y, self.x)):.1f}°)"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
p = Point(3, 4)
print(p, f"{p:.2f}", f"{p:polar}", f"{p:>5}", str(p), [p, Point("a", None)])
