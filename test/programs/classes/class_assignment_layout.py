# __class__ assignment between classes of the same instance layout (compatible_for_assignment),
# __slots__ laid out and listed in the type's __dict__ in sorted order, __doc__ after the members.
import types

def attempt(x, cls):
    try:
        x.__class__ = cls
    except TypeError as e:
        return "TypeError: %s" % e
    return "ok " + type(x).__name__

class C(object): pass
class D(object): pass
class E(object): pass
class F(D, E): pass
for cls in C, D, E, F:
    print([attempt(cls(), cls2) for cls2 in (C, D, E, F)])
print(attempt(C(), list), attempt([], C), attempt(C(), object), attempt(object(), C), attempt(True, int), attempt(2, bool))
try:
    C().__class__ = 1
except TypeError as e:
    print(e)

class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class I(object):
    __slots__ = ["a", "b"]
class J(object):
    __slots__ = ["c", "b"]
class K(object):
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int):
    __slots__ = []

for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.b = 2
    print(attempt(x, cls2), x.a, x.b, attempt(x, cls), x.a, x.b)
for cls in G, J, K, L, M, N, P, R, list, Int:
    print(cls.__name__, [attempt(cls(), cls2)[:40] for cls2 in (G, J, K, L, M, N, P, R, list, Int) if cls2 is not cls])

class Mod(types.ModuleType):
    pass
m = types.ModuleType("m")
print(attempt(m, Mod), attempt(m, types.ModuleType), attempt(m, C))
class Ex1(Exception): pass
class Ex2(Exception): pass
e = Ex1("x")
print(attempt(e, Ex2), e.args, attempt(e, ValueError), attempt(ValueError(), Ex1))
class Li1(list): pass
class Li2(list): pass
l = Li1([1])
print(attempt(l, Li2), l, attempt(l, Int), attempt(Int(3), G))

class S(object):
    __slots__ = ("zeta", "alpha", "__private", "mid")
s = S()
s.zeta, s.alpha, s._S__private, s.mid = 1, 2, 3, 4
print(list(S.__dict__), S.__slots__, s.zeta, s.alpha, s._S__private, s.mid)
print([d.__name__ for d in vars(S).values() if type(d).__name__ == "member_descriptor"])

class A1:
    pass
class B1:
    "doc"
    def __eq__(self, o):
        return True
class C1(S):
    __slots__ = ("__weakref__", "y", "__dict__", "x")
class E1(A1):
    __slots__ = ()
class F1(int):
    pass
class G1(Exception):
    def __init_subclass__(cls):
        pass
class H1:
    def __new__(cls):
        return super().__new__(cls)
for c in (A1, B1, C1, E1, F1, G1, H1):
    print(c.__name__, list(c.__dict__))
