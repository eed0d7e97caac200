# Generators: lazy evaluation, state between next() calls, return values, exhaustion, gi_* attributes.
def gen():
    print("start")
    x = yield 1
    print("got", x)
    yield 2
    print("before return")
    return "done"
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame.f_lineno, g.gi_code.co_name, g.gi_yieldfrom)
print(next(g))
print(g.gi_frame.f_lineno)
print(g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(g.gi_frame, next(g, "exhausted"), list(g))
def countdown(n):
    while n:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)), [x for x in countdown(2)])
c = countdown(3)
print(next(c), list(c), list(c))
def inspect_state():
    yield 1
s = inspect_state()
import inspect
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
list(s)
print(inspect.getgeneratorstate(s))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
fresh = gen()
print(err(lambda: fresh.send("not None")))
def self_ref():
    yield next(me)
me = self_ref()
print(err(lambda: next(me)))
print(inspect.isgenerator(me), inspect.isgeneratorfunction(self_ref), hex(self_ref.__code__.co_flags))
