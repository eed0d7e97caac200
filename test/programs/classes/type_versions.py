# Caches keyed by a class's version (attribute reads and writes, LOAD_METHOD, type.__call__) must
# see every change that can alter an answer: a base's namespace, __bases__ assignment, and the class
# of a value found on the type gaining or losing __get__/__set__ after the read was cached.
def reads(o, name, n=3):
    out = None
    for _ in range(n):
        try:
            out = getattr(o, name) if name != "x" else o.x
        except AttributeError as e:
            out = "AE: " + str(e)
    return out

class Plain:
    pass
class Holder:
    x = Plain()
h = Holder()
print(type(reads(h, "x")).__name__)
Plain.__get__ = lambda self, o, t: "got via __get__"
print(reads(h, "x"))
del Plain.__get__
print(type(reads(h, "x")).__name__)

# a base of the descriptor's class changes
class DBase:
    pass
class DSub(DBase):
    pass
class H2:
    x = DSub()
h2 = H2()
print(type(reads(h2, "x")).__name__)
DBase.__get__ = lambda self, o, t: "base __get__"
print(reads(h2, "x"))

# stores: a data descriptor appears on the value's class after stores were cached
class Slot:
    pass
class W:
    x = Slot()
w = W()
for i in range(3):
    w.x = i
print(w.__dict__)
Slot.__set__ = lambda self, o, v: print("set!", v)
Slot.__get__ = lambda self, o, t: "get!"
for i in range(2):
    w.x = 10 + i
print(w.x, w.__dict__)

# diamond: a change to the top reaches every class below, once
class Top:
    def who(self): return "top"
class L(Top): pass
class R(Top): pass
class Bottom(L, R): pass
b = Bottom()
def calls(o):
    r = None
    for _ in range(3):
        r = o.who()
    return r
print(calls(b))
Top.who = lambda self: "top2"
print(calls(b))
R.who = lambda self: "right"
print(calls(b), Bottom.__mro__[1].__name__)
del R.who
print(calls(b))

# a class attribute that is an instance of its own class
class Self:
    pass
Self.me = Self()
s = Self()
print(reads(s, "me") is Self.me)
Self.__get__ = lambda self, o, t: "self-get"
print(reads(s, "me"))

# __bases__ assignment: the class and its subclasses take the new MRO
class A1:
    def f(self): return "A1"
class A2:
    def f(self): return "A2"
class C(A1): pass
class CC(C): pass
cc = CC()
print(calls.__name__, [cc.f() for _ in range(3)][-1])
C.__bases__ = (A2,)
print([cc.f() for _ in range(3)][-1], [k.__name__ for k in CC.__mro__])
print(A1.__subclasses__(), [k.__name__ for k in A2.__subclasses__()])
for bad in [5, (), (5,), (CC,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in CC.__mro__])
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)

# type.__call__'s plan follows __init__ and __new__ changes
class K:
    def __init__(self, v): self.v = v
def make(n=3):
    r = None
    for i in range(n):
        r = K(i)
    return r
print(make().v)
K.__init__ = lambda self, v: setattr(self, "v", v * 100)
print(make().v)
class KSub(K): pass
K.__new__ = lambda cls, v: "from __new__"
print(make(), KSub(1))
K.__new__ = lambda cls, v: object.__new__(cls)
print(make().v, KSub(2).v)

# changing one class leaves another's cached reads alone (and right)
class U1:
    a = 1
class U2:
    a = 2
u1, u2 = U1(), U2()
for i in range(3):
    U1.a = i
    print(u1.a, u2.a)
