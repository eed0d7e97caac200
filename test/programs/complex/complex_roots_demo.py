# Solving quadratics and computing roots of unity with complex numbers (a small numeric program).
import cmath
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return ((-b + d) / (2 * a), (-b - d) / (2 * a))
for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2, abs(r1 * r2 - coeffs[2] / coeffs[0]) < 1e-12)
n = 8
roots = [cmath.exp(2j * cmath.pi * k / n) for k in range(n)]
for r in roots:
    print(f"{r.real:+.4f} {r.imag:+.4f}j  |z|={abs(r):.12f}")
print(abs(sum(roots)) < 1e-12)
def mandel(c, limit=50):
    z = 0
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for y in range(-6, 7):
    print("".join("#" if mandel(complex(x / 15, y / 6)) == 50 else "." for x in range(-32, 10)))
