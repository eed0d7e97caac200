# dislab reuses a returned function's frame for its next call unless Python code may hold it:
# every way a frame reaches Python must keep it apart, and a reused frame must start clean.
import sys
import types


def twice(x):
    y = x * 2
    return locals()


a = twice(1)
b = twice(2)
print(a, b, a is b)


def here(n):
    return sys._getframe()


frames = [here(i) for i in range(3)]
print(len({id(f) for f in frames}), [f.f_locals["n"] for f in frames], [f.f_code.co_name for f in frames])


def caller_of(n):
    return sys._getframe(1).f_code.co_name


def outer():
    return caller_of(0)


print([outer() for _ in range(3)])


def maybe(flag):
    if flag:
        v = 1
    return v


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def fails(n):
    if n % 2:
        raise ValueError(n)
    return n


kept = []
for i in range(6):
    try:
        fails(i)
    except ValueError as e:
        kept.append(e.__traceback__.tb_next.tb_frame)
print([f.f_locals["n"] for f in kept])


def defaults(a, b=10, *rest, c=5, **kw):
    return a, b, rest, c, kw


print([defaults(i) for i in range(2)], defaults(1, 2, 3, c=4, d=5), defaults(0))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50), depth(5))

src = "def k():\n    return g\n"
one, two = {"g": 1}, {"g": 2}
exec(src, one)
k2 = types.FunctionType(one["k"].__code__, two)
print([(one["k"](), k2()) for _ in range(3)])


def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "traced":
        seen.append(frame)
    return None


def traced(n):
    return n


seen = []
sys.settrace(tracer)
traced(1)
traced(2)
sys.settrace(None)
print(len({id(f) for f in seen}), [f.f_locals["n"] for f in seen])


def gen_maker(n):
    return (i for i in range(n))


g1 = gen_maker(2)
g2 = gen_maker(3)
print(list(g1), list(g2))


# a suspended generator's or coroutine's frame has no caller (the last one may have been reused)
def gb():
    yield 1
    yield 2


def drive(it):
    return next(it)


x = gb()
drive(x)
print(x.gi_frame.f_back, sys._getframe().f_back)


async def c():
    return 1


co = c()
print(co.cr_frame.f_back)
co.close()


# closures keep the cells of the call that made them, whatever later calls do with the frame
def counter(start):
    n = start

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


cs = [counter(i * 10) for i in range(3)]
print([c() for c in cs], [c() for c in cs])


def adder(k):
    return lambda x: x + k


print([f(1) for f in [adder(i) for i in range(4)]], [adder(5)(adder(6)(0)) for _ in range(2)])
