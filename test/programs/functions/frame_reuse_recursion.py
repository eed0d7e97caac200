# Returned frames are kept for reuse, several per code object: recursion reuses them level by
# level. A reused frame must start clean at every depth, and frames Python code holds (through
# sys._getframe, tracebacks, generators, locals()) must never be handed to another call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(20)])


def depth_locals(n, acc):
    x = n * 10
    if n == 0:
        return [acc, sorted(locals())]
    if n == 3:
        y = "only at three"
    return depth_locals(n - 1, acc + [x])


print(depth_locals(6, []))
print(depth_locals(2, []))


def maybe_bound(n):
    if n % 3 == 0:
        v = n
    if n > 0:
        r = maybe_bound(n - 1)
    else:
        r = []
    try:
        return r + [v]
    except UnboundLocalError as e:
        return r + [str(e)]


print(maybe_bound(7))


def grab(n, out):
    out.append(sys._getframe())
    if n:
        grab(n - 1, out)


held = []
grab(5, held)
grab(3, held)
print(len({id(f) for f in held}), [f.f_locals["n"] for f in held])


def fails_deep(n):
    if n == 0:
        raise KeyError("bottom")
    return fails_deep(n - 1)


tbs = []
for k in range(3):
    try:
        fails_deep(4)
    except KeyError as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
        tbs.append(frames)
print([[f.f_locals.get("n") for f in fr] for fr in tbs])
print(len({id(f) for fr in tbs for f in fr}))


def gen_rec(n):
    if n:
        yield n
        yield from gen_rec(n - 1)


gens = [gen_rec(3) for _ in range(3)]
print([list(g) for g in gens])


def closure_rec(n):
    def get():
        return n
    if n == 0:
        return [get]
    return closure_rec(n - 1) + [get]


fs = closure_rec(5)
fs2 = closure_rec(3)
print([f() for f in fs], [f() for f in fs2])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(2, 3))
sys.setrecursionlimit(60)


def down(n):
    return down(n + 1)


for _ in range(2):
    try:
        down(0)
    except RecursionError as e:
        print("RecursionError:", e)
print(fib(15))
