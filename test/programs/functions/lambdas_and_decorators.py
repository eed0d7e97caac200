# Lambdas, decorators (with and without arguments), functools.wraps, stacking order, class decorators.
import functools
square = lambda x: x * x
print(square(7), square.__name__, square.__qualname__, (lambda: 0).__code__.co_name, (lambda *a, **k: (a, k))(1, b=2))
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    "Adds."
    return a + b
@repeat(3)
@trace
def hi(name):
    return "hi " + name
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1), add.__qualname__)
print(hi("bo"), hi.__name__)
order = []
def mark(tag):
    def deco(fn):
        order.append(tag)
        return fn
    return deco
@mark("outer")
@mark("inner")
def decorated():
    pass
print(order)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
@lambda fn: fn()
def computed_at_definition():
    return "value"
print(computed_at_definition)
counter = {"n": 0}
def counted(fn):
    def w(*a):
        counter["n"] += 1
        return fn(*a)
    return w
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), counter)
@functools.lru_cache(maxsize=None)
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
print(fast_fib(80), fast_fib.cache_info())
