# Higher-order functions: map/filter/reduce, partial, composition, currying, callbacks with state.
from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: f(g(x)), fns)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, inc)(0))
def curry(f, n):
    def c(*args):
        return f(*args) if len(args) >= n else lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
p = partial(pow, 2)
print(p(10), partial(int, base=2)("1011"), partial(sorted, key=len)(["ccc", "a", "bb"]), p.func is pow, p.args, p.keywords)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"))
def make_acc():
    total = 0
    def acc(v):
        nonlocal total
        total += v
        return total
    return acc
a = make_acc()
print([a(v) for v in [1, 2, 3, 4]])
handlers = {}
def on(event):
    def reg(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return reg
@on("save")
def log_save(x):
    return f"log {x}"
@on("save")
def backup(x):
    return f"backup {x}"
print([h("doc") for h in handlers["save"]])
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))), sorted(["b", "A", "c"], key=str.casefold))
