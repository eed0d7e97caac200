# Integer arithmetic and list indexing: a sieve of Eratosthenes and a sum of squares.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for k in range(i * i, n + 1, i):
                flags[k] = False
        i += 1
    return [i for i, f in enumerate(flags) if f]


primes = sieve(400000)
total = 0
for p in primes:
    total += p * p % 1000003
print(len(primes), total)
