# cmath: roots, exponentials, logs, polar form, trig, classification, and branch cuts at signed zeros.
import cmath, math
zs = [1, -1, 1j, -1j, 1 + 1j, -2 + 0.5j, complex(-1, -0.0), complex(-1, 0.0), 3.5, 0.25 - 4j]
for z in zs:
    r = [cmath.sqrt(z), cmath.exp(z), cmath.log(z) if z != 0 else None, cmath.phase(z), cmath.polar(z)]
    print(z, [complex(round(c.real, 12), round(c.imag, 12)) if isinstance(c, complex) else c for c in r])
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.log(8, 2), cmath.log10(100j), cmath.pi, cmath.e, cmath.tau)
print(cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5j), cmath.asin(2), cmath.acos(2), cmath.atan(0.5j))
print(cmath.sinh(1 + 1j), cmath.cosh(1j), cmath.tanh(1), cmath.asinh(1j), cmath.acosh(0.5), cmath.atanh(0.5))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex("inf")), cmath.isnan(complex("nan")), cmath.inf, cmath.nanj, cmath.infj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.sqrt(-0.0), cmath.sqrt(complex(-4, -0.0)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: cmath.log(0)))
print(err(lambda: cmath.exp(1000)))
print(err(lambda: cmath.sqrt("x")))
print(err(lambda: cmath.atanh(1)))
