# _lsprof.Profiler with a counting timer (one tick per reading), so that call counts, recursion
# counts and the times charged to each function and each caller/callee pair are exact: they show
# which profile events (call, return, c_call, c_return, c_exception) the interpreter gives.
import _lsprof
import functools

ticks = 0


def clock():
    global ticks
    ticks += 1
    return ticks


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    @property
    def double(self):
        return self.n * 2

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


class Base:
    def __init__(self):
        self.v = 1


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.w = 2


def gen(n):
    for i in range(n):
        yield i


def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1)


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def decorated(x):
    return x + 1


def main():
    s = Sized(3)
    len(s)
    s.double
    with s:
        pass
    with Sized(1):
        raise KeyError("swallowed")
    Derived()
    list(gen(3))
    sum(gen(2))
    g = gen(5)
    next(g)
    next(g)
    g.close()
    try:
        raiser(3)
    except ValueError:
        pass
    even(6)
    fib(6)
    decorated(1)
    args = [1, 2]
    max(*args)
    "{}-{}".format(*args)
    getattr(s, "n")
    hasattr(s, "zz")
    isinstance(s, Sized)
    d = {"a": 1}
    d.items()
    list(d.keys())
    d.setdefault("b", 2)

    class Local:
        x = 1

        def meth(self):
            return self.x
    Local().meth()
    [i * 2 for i in range(3)]
    {i for i in range(2)}
    (lambda: 3)()
    append = [].append
    append(1)
    append(2)
    it = iter([1, 2])
    next(it)
    sorted([3, 1, 2], key=lambda v: -v)
    functools.reduce(lambda a, b: a + b, [1, 2, 3])
    str(5)
    int("7")
    float(1)
    (1).__add__(2)
    s.__len__()
    divmod(7, 2)
    abs(-1)
    round(2.5)
    min(1, 2)
    any([])
    b = bytearray(b"ab")
    b.extend(b"c")
    bytes(b).decode()
    "a,b".split(",")
    ",".join(["x"])
    list.append([], 3)
    dict.fromkeys("ab")
    int.from_bytes(b"\x01", "big")
    try:
        int("x")
    except ValueError:
        pass
    try:
        [].pop()
    except IndexError:
        pass


def name(code):
    return code if isinstance(code, str) else f"{code.co_name}:{code.co_firstlineno}"


def show(stats):
    for e in sorted(stats, key=lambda e: name(e.code)):
        print(name(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
        for s in sorted(e.calls or [], key=lambda s: name(s.code)):
            print("   ", name(s.code), s.callcount, s.reccallcount, s.totaltime, s.inlinetime)


p = _lsprof.Profiler(clock)
p.enable()
main()
p.disable()
show(p.getstats())

print("-- builtins=False, subcalls=False")
p = _lsprof.Profiler(clock, builtins=False, subcalls=False)
p.enable()
fib(4)
len("abc")
p.disable()
show(p.getstats())

print("-- enable() turns them back on; a second enable/disable adds up")
p.enable(subcalls=True, builtins=True)
fib(3)
len("x")
p.disable()
p.enable(0, 0)
fib(2)
p.disable()
show(p.getstats())

print("-- clear()")
p.clear()
print(p.getstats())
p.enable()
even(2)
p.clear()
odd(1)
p.disable()
show(p.getstats())

print("-- an integer timer with a time unit")
n = 0


def int_clock():
    global n
    n += 10
    return n


p = _lsprof.Profiler(int_clock, 0.5)
p.enable()
fib(3)
p.disable()
show(p.getstats())

print("-- the stats objects")
e = next(x for x in p.getstats() if not isinstance(x.code, str))
print(type(e).__name__, type(e).__module__, len(e), e.n_fields, type(e.calls))
s = e.calls[0]
print(type(s).__name__, len(s), type(s.totaltime).__name__, type(s.callcount).__name__)
print(e[1:3], s[1:3], tuple(e)[:3] == (e.code, e.callcount, e.reccallcount))
