# functools: reduce, partial, partialmethod, lru_cache/cache statistics, wraps, singledispatch, cmp_to_key, total_ordering.
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 10))
p = functools.partial(int, base=16)
print(p("ff"), p("10", base=8), p.func.__name__, p.args, p.keywords, repr(functools.partial(max, 1)).startswith("functools.partial(<built-in function max>"))
class Cell:
    def __init__(self):
        self.state = "off"
    def set(self, state):
        self.state = state
        return self
    on = functools.partialmethod(set, "on")
print(Cell().on().state)
@functools.lru_cache(maxsize=3)
def sq(n):
    print("  computing", n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 4, 1]], sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(9))
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().misses)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True), sorted(t.__name__ for t in describe.registry))
def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def documented():
    "the docs"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, functools.WRAPPER_ASSIGNMENTS)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(1))
