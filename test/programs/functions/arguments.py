# Parameters of every kind: positional-only, keyword-only, defaults, *args, **kwargs, and their errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, d=40))
print(f(1, 2, 3, 4, 5, 6, 7, e=8, f=9, g=10, a=11))
print(f(*[1, 2, 3], **{"e": 5, "z": 0}))
def err(fn):
    try:
        return fn()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: f(1, 2, 3)))
print(err(lambda: f(1, 2)))
print(err(lambda: f(1, b=2, c=3, e=4)))
print(err(lambda: f(1, 2, 3, c=3, e=1)))
print(err(lambda: f(1, 2, 3, e=1, e2=2, **{"e": 3})))
def g(x, y=1):
    return x, y
print(err(lambda: g()))
print(err(lambda: g(1, 2, 3)))
print(err(lambda: g(1, z=2)))
print(err(lambda: g(1, x=2)))
print(err(lambda: g(**{1: 2})))
print(err(lambda: g(*5)))
print(err(lambda: g(**[1])))
def kwonly(*, a, b):
    return a, b
print(err(lambda: kwonly(1, 2)))
print(err(lambda: kwonly(a=1)))
print(err(lambda: kwonly()))
def many(a, b, c, d):
    pass
print(err(lambda: many(1)))
print(err(lambda: many(1, 2, 3, 4, 5, 6)))
def noargs():
    pass
print(err(lambda: noargs(1)))
print(err(lambda: noargs(x=1)))
def posonly(a, b, /):
    return a + b
print(err(lambda: posonly(a=1, b=2)))
print(posonly(1, 2), g(x=5), g(y=3, x=4), g(*(7,), **{"y": 8}))
def defaults(a=[], b={}):
    a.append(1)
    return a
print(defaults(), defaults(), defaults([0]), defaults.__defaults__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__, hex(f.__code__.co_flags))
