# cmath: every function over a grid of special and ordinary complex values.
import cmath, math

V = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, 1e300, -1e300, 3.0, math.inf, -math.inf, math.nan]
def cplx(a, b):
    # from text, so that the sign of a zero imaginary part survives construction
    sign = "-" if math.copysign(1.0, b) < 0 else "+"
    return complex(repr(a) + sign + repr(abs(b)) + "j")
Z = [cplx(a, b) for a in V for b in V]
Z += [cplx(1.0, 1e-320), cplx(1.0, -1e-200), cplx(0.9, 0.4), cplx(-0.3, 1.2), cplx(700.0, 1.0), cplx(-712.0, 2.0), cplx(1.5e308, 1.5e308)]

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
        print(name, a, repr(r))
    except Exception as e:
        print(name, a, type(e).__name__, e)

for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh",
             "phase", "polar", "isfinite", "isinf", "isnan"]:
    f = getattr(cmath, name)
    for z in Z:
        show(name, f, z)
for r in V:
    for phi in V:
        show("rect", cmath.rect, r, phi)
show("log base", cmath.log, 8, 2)
show("log base 1", cmath.log, 8, 1)
show("log base c", cmath.log, 1j, 1 + 1j)
show("sqrt int", cmath.sqrt, -4)
show("sqrt str", cmath.sqrt, "x")
show("isclose", cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
show("isclose neg", cmath.isclose, 1, 1, rel_tol=-1)
class Z1:
    def __repr__(self): return 'Z1()'
    def __complex__(self): return 2j
show("complex dunder", cmath.exp, Z1())
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
