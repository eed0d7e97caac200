# type() with one argument on many values, type() with three arguments, and type's own attributes.
for v in [1, 1.0, 1j, True, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
          len, print, int, type, object(), lambda: 0, (x for x in []), iter([]), {}.keys(), memoryview(b""), property(), super]:
    t = type(v)
    print(t.__name__, t.__module__, t.__qualname__)
print(type(type), type(object), type.__bases__, type.__mro__, type(int) is type)
T = type("T", (int,), {"double": lambda self: self * 2, "__doc__": "a T"})
t = T(21)
print(t, t.double(), T.__doc__, T.__bases__[0].__name__, type(t).__name__, isinstance(t, int))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: type(1, 2)), err(lambda: type("A", (), {}, 1)), err(lambda: type("A", "not tuple", {})))
print(type.__name__, type.__qualname__, type.__module__, int.__name__, int.__qualname__, type.__dict__["__name__"].__class__.__name__)
print(err(lambda: setattr(int, "__name__", "x")))
class A:
    pass
A.__name__ = "Renamed"
A.__qualname__ = "Some.Renamed"
print(A.__name__, A.__qualname__, repr(A))
