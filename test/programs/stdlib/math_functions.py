# math: exact functions printed in full, transcendental ones to 12 significant digits (libm may differ in the last bit).
import math
def g(x):
    return f"{x:.12g}" if isinstance(x, float) else repr(x)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.fmod(7, -3))
print(math.copysign(2, -0.0), math.frexp(12.5), math.ldexp(3, 4), math.modf(2.75), math.fsum([0.1] * 10), math.hypot(3, 4, 12))
print(math.factorial(15), math.comb(20, 10), math.perm(6, 3), math.gcd(84, 36), math.lcm(4, 10), math.prod([1, 2, 3, 4]))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.nextafter(0.0, 1.0), math.ulp(2.0))
for name in ["exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "atanh", "erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    row = []
    for x in [0.5, 0.25, -0.75, 0.9]:
        try:
            row.append(g(f(x)))
        except ValueError as e:
            row.append(f"ValueError({e})")
    print(name, row)
print(g(math.atan2(1, -1)), g(math.degrees(1)), g(math.radians(180)), g(math.pow(2, 0.5)), g(math.log(100, 10)), g(math.log(8, 2)), g(math.acosh(2)))
print(math.pow(2, 10), math.pow(-8, 3), math.exp(0), math.log(1), math.log2(1024), math.log10(1000), math.sin(0), math.cos(0))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: math.log(-1)), err(lambda: math.acos(2)), err(lambda: math.gamma(0)), err(lambda: math.exp(1000)), err(lambda: math.pow(0, -1)))
print(err(lambda: math.factorial(2.5)), err(lambda: math.sqrt("4")), err(lambda: math.log(0)), err(lambda: math.fmod(1, 0)), err(lambda: math.ldexp(1.0, 10 ** 30)))
print(math.dist([0, 0, 0], [1, 2, 2]), math.floor(2 ** 70 + 0.5) == 2 ** 70, math.ceil(1e20), type(math.floor(1.5)).__name__)
