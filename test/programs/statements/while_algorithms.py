# while loops in algorithms: gcd, Collatz, Newton's square root, digit sums, binary conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(48, 18), (17, 5), (0, 9), (2 ** 40, 6 ** 20)]])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], max(range(1, 1000), key=collatz))
def sqrt(x):
    guess = x / 2 or 1.0
    while abs(guess * guess - x) > 1e-12:
        guess = (guess + x / guess) / 2
    return guess
print([round(sqrt(v), 10) for v in [2, 9, 10, 1e6]])
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(90210), sum(digits(2 ** 100)), digits(0))
def to_binary(n):
    s = ""
    while n > 0:
        s = str(n % 2) + s
        n //= 2
    return s or "0"
print([to_binary(n) for n in [0, 1, 5, 255, 1024]])
