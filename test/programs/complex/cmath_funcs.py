# cmath: roots, exponentials, logs, polar form, trig, classification, and branch cuts at signed zeros.
# Values are printed to 12 significant digits (libm results may differ in the last bit); signs of zeros are kept.
import cmath, math
def g(v):
    if isinstance(v, complex):
        return f"({v.real:.12g}{v.imag:+.12g}j)"
    if isinstance(v, tuple):
        return "(" + ", ".join(g(x) for x in v) + ")"
    return f"{v:.12g}" if isinstance(v, float) else repr(v)
zs = [1, -1, 1j, -1j, 1 + 1j, -2 + 0.5j, complex(-1, -0.0), complex(-1, 0.0), 3.5, 0.25 - 4j]
for z in zs:
    r = [cmath.sqrt(z), cmath.exp(z), cmath.log(z) if z != 0 else None, cmath.phase(z), cmath.polar(z)]
    print(z, [g(c) for c in r])
print(g(cmath.rect(2, math.pi / 2)), cmath.rect(1, 0), g(cmath.log(8, 2)), g(cmath.log10(100j)), cmath.pi, cmath.e, cmath.tau)
print(g(cmath.sin(1j)), g(cmath.cos(1 + 1j)), g(cmath.tan(0.5j)), g(cmath.asin(2)), g(cmath.acos(2)), g(cmath.atan(0.5j)))
print(g(cmath.sinh(1 + 1j)), g(cmath.cosh(1j)), g(cmath.tanh(1)), g(cmath.asinh(1j)), g(cmath.acosh(0.5)), g(cmath.atanh(0.5)))
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
