# An instance's attributes before and after something asks for its __dict__: reads, stores and
# method calls in hot loops, the dict's identity from then on, stores through the dict seen by
# attribute reads, __class__ assignment between classes whose attributes came in other orders, a
# __dict__ replaced or cleared, deletions, setattr/object.__setattr__/super().__setattr__,
# __getattr__ fallbacks, __slots__ with '__dict__', subclasses, and more names than a shared key
# table holds.
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y
ps = [P(i, -2 * i) for i in range(500)]
print(sum(p.total() for p in ps), sum(p.x for p in ps))
for p in ps[:250]:
    p.z = p.x * 3
print(sum(getattr(p, "z", 0) for p in ps), [hasattr(p, "z") for p in ps[248:252]])
d = ps[3].__dict__
print(d is ps[3].__dict__, d, vars(ps[3]) is d)
d["x"] = 100; d["new"] = "n"
print(ps[3].x, ps[3].new, ps[3].total())
for i in range(300):
    ps[3].y = i
print(ps[3].__dict__, d["y"])

class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x
    def total(self):
        return self.x * 10 + self.y
a = P(1, 2)
a.__class__ = Q
print(a.total(), a.__dict__, a.x, a.y)
b = Q(3, 4)
b.__class__ = P
print(b.total(), b.__dict__)

c = P(5, 6)
c.__dict__ = {"x": 7, "y": 8, 9: "int key"}
print(c.total(), c.__dict__)
c.__dict__.clear()
print(hasattr(c, "x"), c.__dict__)
c.x = 1; c.y = 1
print(c.total())

e = P(1, 2)
del e.x
print(hasattr(e, "x"), e.__dict__)
e.x = 3
print(e.__dict__, e.total())
try:
    del e.nope
except AttributeError as ex:
    print("AttributeError", ex)

class R:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)
    def __getattr__(self, name):
        return "fallback " + name
r = R()
r.v = 5
object.__setattr__(r, "w", 1)
print(r.v, r.w, r.missing, r.__dict__)

class SD:
    __slots__ = ("a", "__dict__")
sd = SD()
sd.a = 1; sd.b = 2
print(sd.a, sd.b, sd.__dict__)

class Child(P):
    def __init__(self, x, y, w):
        super().__init__(x, y)
        self.w = w
ch = [Child(i, i, i) for i in range(300)]
print(sum(o.total() + o.w for o in ch), ch[7].__dict__)

class Many:
    pass
m = Many()
for i in range(80):
    setattr(m, f"n{i}", i)
print(len(vars(m)), m.n79, sum(getattr(m, f"n{i}") for i in range(80)))
m2 = Many()
m2.n0 = "first"
print(m2.__dict__, sys.getsizeof(Many().__dict__) > 0)
