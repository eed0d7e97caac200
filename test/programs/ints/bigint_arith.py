# Arbitrary-precision ints: products, powers, division and remainders far past 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, b // 7, b % 7, -b // 7, -b % 7)
print(divmod(a * b + 12345, b), divmod(-a, 97), divmod(a, -97))
print(a ** 3)
print((a * b) // (a - 1))
f = 1
for i in range(1, 60):
    f *= i
print("59! =", f)
print(f // (2 ** 50), f % (10 ** 20))
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63, 2 ** 53 + 1, -(2 ** 53) - 1)
print(9007199254740993 * 3, 9007199254740993 + 9007199254740993)
print((2 ** 53 + 1) - 2 ** 53, (2 ** 200) // (2 ** 199))
n = 10 ** 50 + 7
print(n * n, n // 3, n % 1000)
print(-(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 30) // -7, (10 ** 30) % -7)
print(abs(-(2 ** 90)), -(-(2 ** 90)))
print(123456789 ** 5, (-123456789) ** 5)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200])
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
print(0 - 2 ** 70 + 2 ** 70, (2 ** 70) * 0, (2 ** 70) // (2 ** 70))
