# inf, nan and signed zeros through builtins and math: comparisons, min/max, sorting, hashing of 0.
import math
inf, nan = float("inf"), float("nan")
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf), math.copysign(1, -0.0), math.copysign(3, nan))
print(inf == inf, -inf < inf, nan in [nan], [nan] == [nan], nan is nan, (nan,) == (nan,), {nan: 1}.get(nan))
n2 = float("nan")
print([nan] == [n2], nan == n2, max(1, nan), max(nan, 1), min(nan, 1), min(1, nan))
print(sorted([3, nan, 1, 2])[1:], sorted([inf, -inf, 0, -0.0, 0.0]))
print(hash(0.0) == hash(-0.0) == hash(0), hash(1.0) == hash(1), hash(inf) == hash(float("inf")))
print(math.fabs(-0.0), -0.0 < 0.0, max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0))
print(1 / inf, math.exp(-inf), math.exp(inf), math.log(inf), math.sqrt(inf), inf - 1e308)
print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.remainder(5.5, 2), math.remainder(-5.5, 2), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: math.sqrt(-1)))
print(err(lambda: math.log(0)))
print(err(lambda: math.log(-1)))
print(err(lambda: math.exp(1000)))
print(err(lambda: math.fmod(inf, 1)))
print(err(lambda: math.ldexp(1, 5000)))
print(math.ldexp(1, -5000), math.ldexp(-1, -5000), math.frexp(inf), math.frexp(0.0), math.frexp(-0.0))
print(float("infinity"), float("+inf"), float("-NaN"), repr(-float("inf")), str(nan * 0), inf * -0.0)
