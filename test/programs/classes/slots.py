# __slots__: no __dict__, attribute errors, slots with defaults via descriptors, inheritance, __weakref__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__, P.x.__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: setattr(p, "z", 3)))
print(err(lambda: vars(p)))
del p.y
print(err(lambda: p.y))
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.z, err(lambda: setattr(r, "w", 0)))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
print(err(lambda: type("Conflict", (), {"__slots__": ("v",), "v": 1})))
class Empty:
    __slots__ = ()
print(err(lambda: setattr(Empty(), "a", 1)))
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
print(err(lambda: type("AB", (A, B), {})))
print(sorted(n for n in dir(P) if not n.startswith("__")), "__weakref__" in dir(P))
