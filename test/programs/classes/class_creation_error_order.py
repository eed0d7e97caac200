# What a class statement checks, in CPython's order: the best base's layout, then __slots__
# (type_new_slots), then the namespace (__qualname__), and only then the MRO (PyType_Ready): a
# metaclass's own mro() replaces C3, so bases C3 cannot order are fine with it. A class that fails
# is not left among its bases' __subclasses__(). Also: truth tests of dict subclasses use their
# own __bool__ and __len__, and subscripting a class whose metaclass is not type names the metaclass.
from abc import ABC

class A: pass
class B(A): pass

def attempt(src):
    try:
        exec(src, globals())
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

attempt("class C1(A, B):\n    __slots__ = 5")
attempt("class C2(int, object, int):\n    __slots__ = ('a',)")
attempt("class C3(A, B):\n    __qualname__ = 5")
attempt("class C4(A, A):\n    __slots__ = ('x',)")
attempt("class C5(int, str): pass")
attempt("class C6(A, B): pass")
print([c.__name__ for c in A.__subclasses__()])

class OwnOrder(type):
    def mro(cls):
        return [cls, object]

class D(A, B, metaclass=OwnOrder):
    x = 1
print([c.__name__ for c in D.__mro__], D.x, issubclass(D, A), isinstance(D(), B))
print([c.__name__ for c in A.__subclasses__()])

class Empty(dict):
    def __bool__(self): return True
class Negative(dict):
    def __len__(self): return -1
class Sized(dict):
    def __len__(self): return 3
print(bool(Empty()), not Empty(), 1 if Empty() else 0, bool(Sized()), bool(dict()), bool({1: 2}))
try:
    bool(Negative())
except ValueError as e:
    print("ValueError:", e)

class Meta(type): pass
class WithMeta(metaclass=Meta): pass
class Generic:
    def __class_getitem__(cls, item): return (cls.__name__, item)
for c in (WithMeta, ABC, type, Generic, list):
    try:
        print(c[int])
    except TypeError as e:
        print("TypeError:", e)
