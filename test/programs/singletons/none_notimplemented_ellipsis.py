# None, NotImplemented and Ellipsis: identity, repr, truthiness, types, and NotImplemented in operators.
print(None, repr(None), type(None), type(None)() is None, None is None, None == None, None != 0, bool(None), str(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...)(), repr(...), bool(...))
print(type(None).__name__, type(Ellipsis).__name__, [None, ..., NotImplemented], {None: 1}[None], hash(None) == hash(None))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: None + 1))
print(err(lambda: None < None))
n = None
print(err(lambda: n()))
print(err(lambda: None.x))
print(err(lambda: len(None)))
print(err(lambda: iter(None)))
e = ...
print(err(lambda: e[0]))
print(err(lambda: type(None)(1)))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
print(A() + B())
print(A() == B(), A() != B())
a = A()
print(a == a, err(lambda: A() + 1))
print(int.__add__(1, "x"), float.__mul__(1.0, "y"), (1).__lt__(None), "s".__eq__(1))
def f():
    pass
print(f(), f() is None, (lambda: None)(), print() is None)
