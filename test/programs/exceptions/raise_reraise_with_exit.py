# raise, bare raise and RERAISE (finally / with cleanup) inside the eval loop, a Python __exit__ run
# by WITH_EXCEPT_START (suppressing, raising, recursing, with *args), generators driven by for and
# next() (return values, PEP 479, re-entry), and the tracebacks and contexts all of these leave.
import sys
import traceback


def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({', '.join(map(repr, e.args))})")
        e = e.__cause__ or e.__context__
    print(" <- ".join(chain))


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is not None and issubclass(exc[0], self.types)


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        raise RuntimeError(f"exit saw {typ.__name__}")


class Deep:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if self.n:
            with Deep(self.n - 1):
                raise KeyError(self.n)
        return True


for i in range(4):
    try:
        with Suppress(ValueError):
            if i % 2:
                raise ValueError(i)
            {}[i]
        print("suppressed", i)
    except KeyError as e:
        show(e)
    finally:
        print("finally", i)

try:
    with Failing():
        raise ValueError("body")
except RuntimeError as e:
    show(e)
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

with Deep(3):
    raise IndexError("deep")
print("deep suppressed")


def reraiser(n):
    try:
        raise TypeError(n)
    except TypeError:
        if n:
            try:
                reraiser(n - 1)
            except TypeError as inner:
                print("inner", inner, inner.__context__)
        raise


try:
    reraiser(2)
except TypeError as e:
    show(e)
    print(len(traceback.extract_tb(e.__traceback__)), "frames")

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise KeyError("b") from a
except KeyError as e:
    show(e)
    print(e.__suppress_context__)

try:
    raise
except RuntimeError as e:
    print(e)


def gen(n):
    for i in range(n):
        yield i
    return n * 10


def bad():
    yield 1
    raise StopIteration("oops")


g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(next(g, "done"), next(g, "done"))


def delegate():
    r = yield from gen(3)
    print("gen returned", r)


print(list(delegate()), sum(gen(5)), sum(x * x for x in gen(4) if x % 2))
try:
    for x in bad():
        print("bad gave", x)
except RuntimeError as e:
    show(e)


def reentrant():
    yield next(r)


r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("__exit__", "traced"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def traced():
    with Suppress(ZeroDivisionError):
        1 / 0
    return "ok"


sys.settrace(tracer)
traced()
sys.settrace(None)
print(events)
