# Found by tools/fuzz-oracle/functions_introspection.py: types.FunctionType's name argument sets
# __name__ only (the qualname, which call errors name, stays the code's), and types.MethodType
# refuses None as self.
import types


def f(a, b=1, *, c):
    return a


def show(g, *args, **kw):
    try:
        print(repr(g(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


g = types.FunctionType(f.__code__, {}, "renamed", (5,))
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
show(g)
show(g, 1, 2, 3)
show(g, 1, d=2)
show(g, 1)
h = types.FunctionType(f.__code__, {}, None)
print(h.__name__, h.__qualname__)
show(types.FunctionType, f.__code__, {}, 1)
show(types.MethodType, f, None)
show(types.MethodType, f, 1)
show(types.MethodType, 1, 1)
show(types.MethodType, f)
