# __slots__ storage by layout position: a subclass redeclaring a base's slot gets its own storage
# (the base's descriptor still reads the base's), slots of a list subclass, deletion, state for
# copy/pickle in copyreg's order, and instances made without __init__.
import copy
import pickle


class A:
    __slots__ = ('a', 'b')


class B(A):
    __slots__ = ('c', 'a')


class C(B):
    pass


class D(C):
    __slots__ = ('d',)


d = D()
d.d = 4
d.c = 3
d.b = 2
d.a = 1
print(d.a, d.b, d.c, d.d)
try:
    A.a.__get__(d)
except AttributeError as e:
    print("A.a unset:", e)
A.a.__set__(d, 10)
print(A.a.__get__(d), B.a.__get__(d), d.a)
d.x = 5
print(d.__dict__)
print(d.__reduce_ex__(2)[2])
e = copy.copy(d)
print(e.a, e.b, e.c, e.d, e.x, A.a.__get__(e) if False else "-")
f = pickle.loads(pickle.dumps(d))
print(f.a, f.b, f.c, f.d, f.x)
del d.c
for attempt in range(2):
    try:
        if attempt == 0:
            d.c
        else:
            del d.c
    except AttributeError as ex:
        print(type(ex).__name__, ex)


class L(list):
    __slots__ = ('tag',)


lst = L([1, 2])
try:
    lst.tag
except AttributeError as ex:
    print(ex)
lst.tag = 't'
print(lst, lst.tag)
del lst.tag
print(hasattr(lst, 'tag'))


class P:
    __slots__ = ('x',)

    def __init__(self):
        self.x = 1


p = P()
try:
    p.y = 2
except AttributeError as ex:
    print(ex)


class Q(P):
    __slots__ = ('y',)


q = Q()
q.y = 5
print(q.x, q.y)


class R(P):
    __slots__ = ()


r = R()
r.__class__ = P
print(type(r).__name__, r.x)
bare = object.__new__(Q)
print(hasattr(bare, 'x'), hasattr(bare, 'y'))
bare.y = 'late'
print(bare.y, [hasattr(bare, n) for n in ('x', 'y')])
many = [Q() for _ in range(3)]
for i, m in enumerate(many):
    m.y = i
print([(m.x, m.y) for m in many])
