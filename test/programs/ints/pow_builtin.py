# pow() with two and three arguments, negative exponents, modular inverses, and ** precedence.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2, 0.5), pow(-8, 1 / 3).real > 0)
print(pow(3, 200, 1000), pow(3, 200, -1000), pow(-3, 201, 1000), pow(2 ** 100, 2 ** 50, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(5, -2, 13), pow(-5, -1, 13))
print(err(lambda: pow(2, -1, 4)))
print(err(lambda: pow(2.0, 3, 5)))
print(err(lambda: pow(2, 3.0, 5)))
print(err(lambda: pow(2, 3, 5.0)))
print(err(lambda: pow(2, 3, 1)), pow(7, 0, 1), pow(7, 0, -1))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1 ** 2, -2 ** -1)
print(pow(base=2, exp=5), pow(2, exp=5, mod=7))
print(pow(10, 20), 10 ** 20 == pow(10, 20), 7 ** 77)
print(pow(-1, 2 ** 100), pow(-1, 2 ** 100 + 1), pow(1, -(2 ** 100)))
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__, pow(4, 0.5), pow(-4, 0.5))
print(err(lambda: pow(0, -2)))
print(err(lambda: pow()))
print(err(lambda: pow(1, 2, 3, 4)))
