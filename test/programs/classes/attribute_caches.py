# Attribute reads and writes repeated at one instruction while the classes change under them (the
# inline caches must notice), descriptors of every kind, slots, __getattr__ after a raising property.
import math
class A:
    x = 1
    def m(self): return "m"
    @property
    def p(self): return "p"
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
a = A()
def reads(o):
    out = []
    for _ in range(3):
        out.append((o.x, o.m(), o.p, o.s(), o.c(), o.m.__name__))
    return out[-1]
print(reads(a))
a.x = 5; a.m = lambda: "shadow"; print(reads(a))
A.x = 7; del a.x; print(reads(a))
A.p = property(lambda self: "p2"); print(reads(a))
A.m = lambda self: "m2"; del a.m; print(reads(a))
class B(A):
    pass
b = B(); print(reads(b))
B.m = lambda self: "mB"; print(reads(b))
b.__class__ = A; print(reads(b))
class G:
    def __getattr__(self, n): return "ga:" + n
    @property
    def bad(self): raise AttributeError("inner")
g = G()
for _ in range(3): print(g.foo, g.bad)
g.foo = 3
for _ in range(2): print(g.foo)
class GA:
    def __getattribute__(self, n): return "gattr:" + n
for _ in range(2): print(GA().anything)
class S:
    __slots__ = ("u", "v")
    def __init__(self): self.u = 1
s = S()
for _ in range(3):
    try: print(s.u, s.v)
    except AttributeError as e: print("AE", e)
    s.v = 2
del s.u
try: print(s.u)
except AttributeError as e: print("AE", e)
try: s.w = 1
except AttributeError as e: print("AE", e)
class SA:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
sa = SA()
for i in range(3): sa.q = i; print(sa.q)
class D:
    def __get__(self, o, t): return ("D", o is not None)
class DD(D):
    def __set__(self, o, v): print("set", v)
class H:
    d = D(); dd = DD()
h = H(); h.__dict__["d"] = "inst"; h.__dict__["dd"] = "inst"
for _ in range(2): print(h.d, h.dd); h.dd = 5
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x + 1
pp = P()
for i in range(3): pp.v = i; print(pp.v)
class RO: pass
try:
    for _ in range(2): RO().__class__ = 5
except TypeError as e: print("TE", e)
f = lambda: 0
for _ in range(2):
    try: f.__code__ = 5
    except TypeError as e: print("TE", e)
for _ in range(3): print(math.pi, math.sqrt(4.0), "ab".upper(), [1].copy(), (1).bit_length())
o = object()
for _ in range(2):
    try: o.x = 1
    except AttributeError as e: print("AE", e)
    try: o.x
    except AttributeError as e: print("AE", e)
class NN:
    def __init__(self): self.__dict__ = {"z": 9}
nn = NN()
for _ in range(2): print(nn.z); nn.__dict__ = {"z": 10}
print(a.__new__(A).__class__.__name__, A.__new__(A).__class__.__name__)
class M(type):
    def meth(cls): return "meta"
    @property
    def mp(cls): return "mp"
class WithM(metaclass=M): pass
for _ in range(2): print(WithM.meth(), WithM.mp)
try:
    for _ in range(2): WithM().meth
except AttributeError as e: print("AE", e)
import types
ns = types.SimpleNamespace(k=1)
for _ in range(2): print(ns.k); ns.k += 1
class E(Exception): pass
e = E("x")
for _ in range(2): e.note = 1; print(e.note, e.args)
class L(list): pass
l = L()
for _ in range(2): l.tag = 1; l.append(2); print(l.tag, l)
def fn(): pass
for _ in range(2): fn.attr = 3; print(fn.attr, fn.__name__)
class Cnt:
    n = 0
    def inc(self): Cnt.n += 1; return Cnt.n
cc = Cnt()
for _ in range(3): print(cc.inc(), cc.n)
class K:
    def __init__(self): self.k = 1
    def __delattr__(self, n): print("del", n)
k = K()
for _ in range(2): del k.k; print(k.k)
# slots read and written by the caches directly: unset ones fall back on __getattr__, subclasses
# add slots after their base's, a list subclass keeps its slots apart
class SG:
    __slots__ = ("a",)
    def __getattr__(self, n): return "fallback:" + n
sg = SG()
for i in range(3): print(sg.a); sg.a = i
class Sub(S):
    __slots__ = ("w",)
sb = Sub(); sb.w = 5; sb.v = 6
for _ in range(2): print(sb.u, sb.v, sb.w); sb.u += 1
class LS(list):
    __slots__ = ("tag",)
ls = LS([1])
for i in range(3):
    try: print(ls.tag, ls)
    except AttributeError as e: print("AE", e)
    ls.tag = i
