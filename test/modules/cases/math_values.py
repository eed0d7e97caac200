# math: every function over special values and generated arguments; one line per call.
import math

state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state

def gen_floats(n):
    out = []
    for i in range(n):
        m = rnd() / 2**64
        k = rnd() % 40 - 20
        s = -1 if rnd() % 3 == 0 else 1
        out.append(s * m * 10.0 ** k)
    return out

SPECIAL = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 1.5, 3.0, -2.5, 0.1, 1e-300, -1e-300, 5e-324, 1e300, -1e300,
           1.7976931348623157e308, math.inf, -math.inf, math.nan, 0, 1, -1, 7, 10**20, -10**20, 10**400, True, 710.0, -745.5,
           0.9999999999999999, 1.0000000000000002, 1e-20, 100.5, -100.5, 171.5, 200.0, -200.5, 1e16]
FLOATS = SPECIAL + gen_floats(250)

def show(name, f, *a):
    try:
        r = f(*a)
        print(name, a, repr(r))
    except Exception as e:
        print(name, a, type(e).__name__, e)

ONE = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "degrees", "erf", "erfc", "exp", "expm1", "fabs",
       "gamma", "lgamma", "log", "log10", "log1p", "log2", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "ceil", "floor",
       "trunc", "frexp", "modf", "isfinite", "isinf", "isnan", "ulp"]
for name in ONE:
    f = getattr(math, name)
    for x in FLOATS:
        show(name, f, x)

PAIRS = [(a, b) for a in SPECIAL[:24] for b in SPECIAL[:24]]
g = gen_floats(120)
PAIRS += list(zip(g[:60], g[60:]))
for name in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log", "isclose"]:
    f = getattr(math, name)
    for a, b in PAIRS:
        show(name, f, a, b)

for a, b in PAIRS[:200]:
    show("ldexp", math.ldexp, a, 7)
    show("ldexp", math.ldexp, a, -1070)
for e in [0, 1, -1, 1023, 1024, -1074, -1075, -1080, 2000, -2000, 10**30, -10**30]:
    for x in [1.0, 0.75, -1.5, 5e-324, 1e-310, 1.9999999999999998]:
        show("ldexp", math.ldexp, x, e)
show("ldexp", math.ldexp, 1.0, 2.0)
