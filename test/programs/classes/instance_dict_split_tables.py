# Instance dicts share their class's key table while their keys come in the class's order
# (dislab's split tables): every way out of that shape must keep dict semantics and order.
import copy, sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def show(label, o):
    print(label, vars(o), list(o.__dict__), len(o.__dict__))


# the common shape, read and written through the attribute caches
ps = [P(i, -i) for i in range(50)]
print(sum(p.norm2() for p in ps), ps[7].x, ps[7].y)
for p in ps:
    p.x += 1
print(sum(p.x for p in ps))
show("plain", ps[3])

# keys in another order than the class's first instance: order is insertion order
q = P.__new__(P)
q.y = 2
q.x = 1
show("reversed", q)
print(q.norm2())

# a key skipped, then added later
r = P.__new__(P)
r.x = 5
show("partial", r)
r.z = 9
r.y = 6
show("late", r)

# a new name after the class's names; another instance then adds its own
a = P(1, 2)
a.color = "red"
b = P(3, 4)
b.size = 10
b.color = "blue"
show("a", a)
show("b", b)
c = P(5, 6)
c.color = "green"
c.size = 1
show("c", c)

# deletion, re-adding, missing attributes
d = P(7, 8)
del d.x
show("deleted", d)
try:
    d.x
except AttributeError as e:
    print("AttributeError", e)
try:
    del d.x
except AttributeError as e:
    print("AttributeError", e)
d.x = 70
show("readded", d)
print(d.norm2())

# the __dict__ itself: identity, mutation through it, non-str keys, views
e = P(1, 1)
dd = e.__dict__
print(dd is e.__dict__, dd == {"x": 1, "y": 1}, "x" in dd, dd.get("y"), dd.get("q", "none"))
dd["y"] = 3
dd["w"] = 4
print(e.y, e.w, e.norm2())
dd[1] = "one"
print(sorted(map(str, dd)), dd[1])
ks = e.__dict__.keys()
e.v = 0
print(list(ks), list(e.__dict__.values()), list(e.__dict__.items()))
f = P(2, 3)
print(list(reversed(f.__dict__)), f.__dict__.copy(), dict(f.__dict__), {**f.__dict__, "k": 1})
print(f.__dict__.pop("x"), vars(f), f.__dict__.setdefault("x", 11), vars(f))
f.__dict__.update(y=5, z=6)
show("updated", f)
f.__dict__.clear()
show("cleared", f)
f.x = 1
show("after clear", f)
g = P(4, 5)
it = iter(g.__dict__)
print(next(it))
g.extra = 1
try:
    next(it)
except RuntimeError as err:
    print("RuntimeError", err)
print(g.__dict__.popitem(), vars(g), repr(P(0, 0).__dict__), str(P(9, 8).__dict__))
print(P(1, 2).__dict__ == P(1, 2).__dict__, P(1, 2).__dict__ == P(2, 1).__dict__)

# a replaced __dict__
h = P(1, 2)
h.__dict__ = {"y": 20, "x": 10}
show("replaced", h)
h.z = 3
print(h.norm2(), vars(h))
try:
    h.__dict__ = 5
except TypeError as err:
    print("TypeError", err)

# setattr/getattr/hasattr/delattr with names made at run time, past any table size
m = P(0, 0)
for i in range(100):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), getattr(m, "a99"), hasattr(m, "a100"), list(vars(m))[:5], list(vars(m))[-3:])
n = P(0, 0)
for i in range(100):
    setattr(n, "a%d" % i, -i)
delattr(n, "a50")
print(len(vars(n)), sum(vars(n).values() if False else [v for k, v in vars(n).items() if k != "x"]))

# methods shadowed by instance attributes, before and after the class's table has the name
class S:
    def __init__(self):
        self.v = 1

    def m(self):
        return "method"


s1, s2 = S(), S()
print([s.m() for s in (s1, s2)])
s2.m = lambda: "instance"
print([s.m() for s in (s1, s2)], [s.m() for s in (S(), s2)])
s3 = S()
s3.m = lambda: "third"
print([s.m() for s in (s1, s2, s3)])
del s2.m
print([s.m() for s in (s1, s2, s3)])

# __class__ assignment between classes with their own tables
class A:
    def __init__(self):
        self.a = 1
        self.b = 2


class B:
    def __init__(self):
        self.b = 3
        self.a = 4


x = A()
x.__class__ = B
x.c = 5
show("moved", x)
y = B()
show("B", y)
y.__class__ = A
y.a = 40
show("moved back", y)

# copies and subclasses
k = P(3, 4)
k2 = copy.copy(k)
k3 = copy.deepcopy(k)
k2.x = 30
print(vars(k), vars(k2), vars(k3), k3.norm2())


class Q(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


qs = [Q(i, i + 1, i + 2) for i in range(5)]
print([vars(o) for o in qs[:2]], sum(o.norm2() + o.z for o in qs))
print(vars(P(1, 2)), vars(Q(1, 2, 3)))


# __slots__ with __dict__, and __getattr__ for what the dict lacks
class W:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.t = 2


w = W()
print(w.s, w.t, vars(w))


class G:
    def __init__(self):
        self.here = 1

    def __getattr__(self, name):
        return "missing " + name


gg = G()
print(gg.here, gg.there)
del gg.here
print(gg.here)

# sizes CPython gives a dict made from an instance's (a combined table either way)
print(sys.getsizeof(dict(P(1, 2).__dict__)) == sys.getsizeof({"x": 1, "y": 2}))
