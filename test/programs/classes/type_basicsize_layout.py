# type.__basicsize__/__itemsize__/__dictoffset__/__weakrefoffset__ and object.__sizeof__: a class
# statement's instance layout is its base's, then a pointer per __slots__ name, then the __dict__
# pointer (at -P in a variable-size instance), then the weak reference list. Checked in units of a
# pointer, P = tuple.__itemsize__, so that the facts hold on 32- and 64-bit builds alike.
P = tuple.__itemsize__
O = object.__basicsize__

class A: __slots__ = ()
class B: pass
class C(A, B): __slots__ = ()
class D: __slots__ = ('a', 'b')
class E(D): __slots__ = ('__dict__', '__weakref__', 'z')
class G(int): pass
class H(tuple): __slots__ = ()
class I(Exception): pass
class M(B): pass
class N(type): pass
class W(D): __slots__ = ('__weakref__',)

def layout(t):
    return (t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)

def rel(t):
    b, i, d, w = layout(t)
    return ((b - O) / P, i, d if d <= 0 else (d - O) / P, w if w == 0 else (w - O) / P)

print("P > 0:", P > 0, "object:", layout(object) == (O, 0, 0, 0))
print("float", float.__basicsize__ - O, float.__itemsize__)
for t in (A, B, C, D, E, M, W):
    print(t.__name__, rel(t))
print("C like B:", layout(C) == layout(B))
print("G", G.__basicsize__ - int.__basicsize__ == P, G.__itemsize__ == int.__itemsize__, G.__dictoffset__ == -P, G.__weakrefoffset__)
print("H", layout(H) == layout(tuple))
print("I", I.__basicsize__ - Exception.__basicsize__ == P, I.__dictoffset__ == Exception.__dictoffset__, I.__weakrefoffset__ == Exception.__basicsize__)
print("N", layout(N) == layout(type))
print("sizeof", object().__sizeof__() == O, B().__sizeof__() == B.__basicsize__, D().__sizeof__() == O + 2 * P)
print("tuple sizeof", ().__sizeof__() == tuple.__basicsize__, (1, 2, 3).__sizeof__() == tuple.__basicsize__ + 3 * P,
      H((1, 2)).__sizeof__() == tuple.__basicsize__ + 2 * P)
for base, slots in ((int, ('x',)), (tuple, ('x',)), (int, ('__weakref__',)), (bytes, ('__dict__',))):
    try:
        t = type('X', (base,), {'__slots__': slots})
        print(base.__name__, slots, "ok", t.__dictoffset__ == -P)
    except TypeError as e:
        print(base.__name__, slots, "TypeError", e)
