# math: integer functions, fsum, hypot/dist with several coordinates, argument errors, huge ints.
import math

state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
        print(name, a, k, repr(r))
    except Exception as e:
        print(name, a, k, type(e).__name__, e)

for n in [0, 1, 2, 5, 20, 21, 100, 500, -1, 3.0, 3.5, -2.0, math.inf, math.nan, "5", True]:  # not 10**20: the oracle is 32-bit (LONG_MAX in the message)
    show("factorial", math.factorial, n)
INTS = [0, 1, -1, 2, 6, 12, 18, -24, 35, 2**64, -(2**70), 10**30 + 7, 3 * 2**100, True, 1.0]
for a in INTS:
    for b in INTS:
        show("gcd", math.gcd, a, b)
        show("lcm", math.lcm, a, b)
show("gcd", math.gcd)
show("lcm", math.lcm)
show("gcd", math.gcd, 12, 18, 27)
show("lcm", math.lcm, 4, 6, 10)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**53 + 1, 2**106, 10**40, 10**40 - 1, 10**400, -1, 2.0, True]:
    show("isqrt", math.isqrt, n)
for i in range(60):
    n = rnd() % 2**(rnd() % 300)
    print("isqrt", math.isqrt(n) == int(n ** 0.5) if n < 2**50 else math.isqrt(n))
for n in [0, 1, 5, 10, 52, 100, 1000, -1, 3.0]:
    for k in [0, 1, 2, 5, 10, 60, 99, 100, 101, -1, None]:
        if k is not None:
            show("comb", math.comb, n, k)
        show("perm", math.perm, n, k)
show("comb", math.comb, 10**30, 3)
show("perm", math.perm, 10**30, 3)
show("perm", math.perm, 5)
show("comb", math.comb, 5)
show("prod", math.prod, [1, 2, 3, 4])
show("prod", math.prod, [1.5, 2, 3])
show("prod", math.prod, [], start=5)
show("prod", math.prod, ["ab", 3])
show("prod", math.prod, [2, 3], start=1.0)
show("prod", math.prod, range(1, 30))
show("prod", math.prod, [None])
show("prod", math.prod)
show("prod", math.prod, [1], 2)

vals = []
for i in range(40):
    m = rnd() / 2**64
    vals.append((-1) ** (rnd() % 2) * m * 10.0 ** (rnd() % 40 - 20))
for k in range(0, 40, 3):
    show("fsum", math.fsum, vals[:k])
show("fsum", math.fsum, [1e308, 1e308])
show("fsum", math.fsum, [1e308, 1e308, -1e308])
show("fsum", math.fsum, [math.inf, -math.inf])
show("fsum", math.fsum, [math.inf, 1.0, math.inf])
show("fsum", math.fsum, [math.nan, 1.0])
show("fsum", math.fsum, [0.1] * 10)
show("fsum", math.fsum, [1, 1e100, 1, -1e100] * 10000)
show("fsum", math.fsum, [2.0**53, 1.0, 2.0**-53])
show("fsum", math.fsum, [2.0**53, -0.5, -2.0**-54])
show("fsum", math.fsum, [1.0, "x"])
show("fsum", math.fsum, 5)
show("fsum", math.fsum, [-0.0, -0.0])

for k in range(1, 12):
    for j in range(5):
        pts = [(-1) ** (rnd() % 2) * (rnd() / 2**64) * 10.0 ** (rnd() % 10 - 5) for _ in range(k)]
        show("hypot", math.hypot, *pts)
        qts = [(rnd() / 2**64) * 10.0 ** (rnd() % 10 - 5) for _ in range(k)]
        show("dist", math.dist, pts, qts)
show("hypot", math.hypot)
show("hypot", math.hypot, 3, 4)
show("hypot", math.hypot, 1e-320, 1e-320)
show("hypot", math.hypot, 1e308, 1e308)
show("hypot", math.hypot, math.inf, math.nan)
show("hypot", math.hypot, math.nan, 1.0)
show("hypot", math.hypot, -5.0)
show("dist", math.dist, (1, 2), (3,))
show("dist", math.dist, [1, 2], (4, 6))
show("dist", math.dist, 1, 2)

show("log", math.log, 10**400)
show("log", math.log, 10**400, 10)
show("log", math.log, 2**2000, 2)
show("log2", math.log2, 2**2000)
show("log2", math.log2, 3**1000)
show("log10", math.log10, 10**400)
show("log", math.log, 0)
show("log", math.log, -(10**400))
show("log", math.log, 8, 1)
show("log", math.log, 8, 0.0)
show("log", math.log, "x")
show("log", math.log)
show("log", math.log, 1, 2, 3)
show("sqrt", math.sqrt)
show("sqrt", math.sqrt, 1, 2)
show("sqrt", math.sqrt, "4")
show("sqrt", math.sqrt, 10**400)
show("sqrt", math.sqrt, x=4)
show("atan2", math.atan2, 1)
show("pow", math.pow, 1, 2, 3)
show("isclose", math.isclose, 1.0, 1.0 + 1e-10)
show("isclose", math.isclose, 1.0, 1.1, rel_tol=0.2)
show("isclose", math.isclose, 1.0, 1.1, abs_tol=0.2)
show("isclose", math.isclose, 1.0, 1.1, rel_tol=-1)
show("isclose", math.isclose, a=1.0, b=1.0)
show("isclose", math.isclose, 1.0)
show("floor", math.floor, 2**80)
show("floor", math.floor, True)
show("ceil", math.ceil, -2.5)
show("trunc", math.trunc, "x")
show("floor", math.floor, "x")

class F:
    def __repr__(self): return 'F()'
    def __float__(self): return 2.5
class I:
    def __repr__(self): return 'I()'
    def __index__(self): return 7
class R:
    def __repr__(self): return 'R()'
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
class Bad:
    def __repr__(self): return 'Bad()'
    def __float__(self): return 1
show("sqrt", math.sqrt, F())
show("sqrt", math.sqrt, I())
show("factorial", math.factorial, I())
show("floor", math.floor, R())
show("ceil", math.ceil, R())
show("trunc", math.trunc, R())
show("floor", math.floor, F())
show("sqrt", math.sqrt, Bad())
show("gcd", math.gcd, I(), 21)
show("gcd", math.gcd, 1.5, 2)
for c in ["pi", "e", "tau", "inf", "nan"]:
    print(c, repr(getattr(math, c)))
print(sorted(n for n in dir(math) if not n.startswith("_")))
print(math.__name__, math.sqrt.__name__, repr(math.sqrt)[:30])
