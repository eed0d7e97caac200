# Number theory helpers from math: gcd, lcm, isqrt, comb, perm, factorial on small and big ints.
import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(7))
print(math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20, 10 ** 41]])
print(math.isqrt(2 ** 200 - 1), math.isqrt(2 ** 201))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.perm(10, 0))
print(math.factorial(0), math.factorial(20), math.factorial(70))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: math.isqrt(-1)))
print(err(lambda: math.factorial(-1)))
print(err(lambda: math.comb(-1, 2)))
print(err(lambda: math.gcd(1.5, 2)))
print(err(lambda: math.isqrt(2.0)))
def is_prime(n):
    if n < 2:
        return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0:
            return False
    return True
print([n for n in range(100) if is_prime(n)])
print(sum(1 for n in range(10000) if is_prime(n)))
def modinv(a, m):
    return pow(a, -1, m)
print([modinv(a, 101) for a in range(1, 12)])
