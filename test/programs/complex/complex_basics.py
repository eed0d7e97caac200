# complex: construction, repr, arithmetic, attributes, and the errors. Results that go through libm
# (exp, log, atan2, hypot) are printed to 12 significant digits: libms may differ in the last bit.
def g(z):
    if isinstance(z, complex):
        return f"({z.real:.12g}{z.imag:+.12g}j)"
    return f"{z:.12g}"
zs = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 0), complex("1+2j"),
      complex(" (3-4j) "), complex("j"), complex("-1.5e3j"), complex(1e300, 1e-300), complex(float("inf"), float("nan"))]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), g(abs(z)) if abs(z) < 1e300 else "big", z == z, bool(z))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, g(a ** 0.5), b ** -1, g(a ** b), g(2 ** a), -a, +a, abs(a))
print(a == 3 + 4j, a != b, a == complex(3, 4), 1 + 0j == 1, 1j * 1j, (1j) ** 2, 1j ** 2 == -1)
print(complex(1, 2) + 1, 1.5 * a, a / 2, 2 / a, a + True, 10 - a)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: a < b))
print(err(lambda: a // 2))
print(err(lambda: a % 2))
print(err(lambda: divmod(a, 2)))
print(err(lambda: int(a)))
print(err(lambda: float(a)))
print(err(lambda: a / 0))
print(err(lambda: 0j ** -1))
print(err(lambda: complex("1+2")))
print(err(lambda: complex("1 + 2j")))
print(err(lambda: complex("x")))
print(err(lambda: complex("1", 2)))
print(err(lambda: complex(1, "2")))
print(complex(), complex(1.5), complex(1, 2.5), complex(real=1, imag=2), complex(1j, 1j), complex(2j))
print(format(a, ""), format(a, ".2f"), format(a, "^20"), format(a, "+.1e"), format(1j, "g"), f"{a:10.3f}|", f"{-a!r}")
print(err(lambda: format(a, "010f")))
print(err(lambda: format(a, "=10")))
print(1e300j * 1e300j, repr(complex(0.0, float("nan"))), repr(complex(-0.0, -0.0)), repr(-0j), repr(0j - 0j))
