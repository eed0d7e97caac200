# int / int for big ints, rounded once (half-even) to the float the exact quotient is nearest to,
# including subnormal results (down to 5e-324 and below, where it rounds to 0.0) and overflow.
import hashlib
import random
import statistics

cases = [
    (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1024), (2**1100, 2**1000), (10**400, 10**399),
    (1, 3 * 2**1073), (2**1075 + 1, 2**2149), (-1, 2**1074), (1, 2**1075 - 1), (1, 2**1075 + 1),
    (123456789, 10**320), (5, 10**324), (2**53 + 1, 2**1100), (2**54 - 1, 2**1128), (7, 2**1076),
    (3, 2**1075), (5, 2**1076), (2**52 + 1, 2**1126), (10**308 * 10, 10**9), (2**1024 - 2**971, 1),
    (2**1024 - 2**970, 1), (2**1024 - 2**969, 1), (2**2000, 2**976), (2**2000, 2**977), (2**1023, -1),
    (0, -5), (0, -(2**100)), (-0, 2**100), (-1, 2**2000), (1, -(2**2000)), (2**200 + 1, 2**200),
    (2**200 + 3, 2**147), (-(2**64), 3), (10**30, -7),
]
for a, b in cases:
    try:
        q = a / b
        print(f"{a.bit_length()}b / {b.bit_length()}b =", q, q.hex())
    except OverflowError as e:
        print(f"{a.bit_length()}b / {b.bit_length()}b:", type(e).__name__, e)

r = random.Random(2024)
out = []
for i in range(4000):
    kind = i % 4
    if kind == 0:
        a = r.getrandbits(r.randrange(1, 200))
        b = r.getrandbits(r.randrange(1, 1300)) or 1
    elif kind == 1:
        b = r.getrandbits(r.randrange(1000, 1200)) or 1
        a = r.getrandbits(r.randrange(1, 120))
    elif kind == 2:
        a = r.getrandbits(r.randrange(900, 1100))
        b = r.getrandbits(r.randrange(1, 80)) or 1
    else:
        a = (1 << r.randrange(0, 60)) * r.choice([1, 3, 5, 2**53 - 1, 2**54 + 1])
        b = (1 << (r.randrange(1020, 1130) + a.bit_length())) + r.choice([0, 0, 1, -1])
    if r.random() < 0.3:
        a = -a
    try:
        out.append((a / b).hex())
    except OverflowError:
        out.append("overflow")
print(len(out), out.count("overflow"), out.count("0x0.0p+0"), hashlib.sha256(" ".join(out).encode()).hexdigest()[:32])

# statistics.mean goes through Fraction -> float, that is int / int
tiny = 5e-324
for n in (1, 2, 3, 200):
    print(n, statistics.mean([tiny] * n), statistics.fmean([tiny] * n), statistics.median([tiny] * n))
print(statistics.mean([1e-310, 3e-310]), statistics.mean([2.2250738585072014e-308, 5e-324]))
