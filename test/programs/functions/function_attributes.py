# Function objects as values: attributes, __dict__, __defaults__ mutation, __code__ replacement, equality.
def f(a, b=2, *, c=3):
    "docstring of f"
    return a + b + c
f.custom = "attr"
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__dict__, f.custom)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1))
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
def g(a, b=2, *, c=3):
    return a * b * c
f.__code__ = g.__code__
print(f(1), f.__name__)
def err(fn):
    try:
        return fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: setattr(f, "__name__", 5)))
print(err(lambda: setattr(f, "__defaults__", [1])))
print(err(lambda: setattr(f, "__code__", None)))
print(err(lambda: setattr(f, "__closure__", ())))
print(err(lambda: setattr(f, "__globals__", {})))
print(err(lambda: f.nope))
def h():
    pass
print(h == h, h != g, callable(h), callable(5), h.__call__() is None, type(h.__call__).__name__, type(h.__get__).__name__)
class C:
    def m(self):
        return self
c = C()
print(type(C.m).__name__, type(c.m).__name__, c.m.__self__ is c, c.m.__func__ is C.m, c.m == c.m, c.m is not c.m, C.m.__qualname__)
bound = h.__get__(c)
print(type(bound).__name__, bound.__self__ is c)
import types
newf = types.FunctionType(g.__code__, {"__builtins__": __builtins__}, "made", (5,), None)
print(newf.__name__, newf(1, c=2), newf.__defaults__)
