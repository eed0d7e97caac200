# Builtin methods applied to the wrong object (a slot wrapper in an unrelated class, __get__ checks);
# __bases__ assignment's layout and deallocator checks; a metaclass's mro() decides __mro__.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
a = A()
for f in (lambda: a == a, lambda: a + a, lambda: set.add.__get__(0), lambda: set.add(0), lambda: set.add(), lambda: str.__eq__.__get__(1), lambda: list.__dict__["append"].__get__(None, None)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
class L(list):
    pass
for b in [(dict,), (object,), (list,), (int,)]:
    try:
        L.__bases__ = b
        print("ok", L.__bases__)
    except TypeError as e:
        print("TypeError", e)
class P(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class Q: pass
class R(Q, metaclass=P): pass
print(R.__mro__)
class Bad(type):
    def mro(cls):
        return [1]
try:
    class S(metaclass=Bad): pass
except TypeError as e:
    print("TypeError", e)

class A: pass
class B: pass
class X(A): pass
X.__bases__ = (B,)
print(X.__mro__[1].__name__)
class Y: pass
try:
    Y.__bases__ = (A,)
    print("ok")
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class Z(S1): pass
try:
    Z.__bases__ = (S2,)
    print("ok", Z.__mro__[1].__name__)
except TypeError as e:
    print("TypeError", e)
class E1(Exception): pass
class E2(Exception): pass
class W(E1): pass
W.__bases__ = (E2,)
print(W.__mro__[1].__name__)
try:
    W.__bases__ = (ValueError,)
    print("ok")
except TypeError as e:
    print("TypeError", e)
class M(A, B): pass
M.__bases__ = (B, A)
print([c.__name__ for c in M.__mro__])
