# math.log10 to the last bit of the oracle's C library: musl's log10 (fdlibm's method: x reduced to
# 2**k * (1 + f) around 1, a rational kernel, k*log10(2) added in two parts) is not correctly
# rounded, and for these arguments CPython 3.10.2 prints its neighbour of the nearest double.
import math
import random

for x in [1.4058034266026451, 1.1742304467980709, 5.6195660067162345, 389594.32444818394, 1.4134931711669183,
          1.4521019646842688, 5.540713853539852, 1.183989739601701, 0.8917056529520218, 0.3534091216407541,
          0.8461866477194393, 1.0886072553989032, 0.7527957323659116, 0.8870062067662702, 2.738790074275544,
          1.2963158801393455, 1.1853250316092396, 0.6293229979945192, 0.7330559175751803]:
    print(repr(x), math.log10(x).hex())
rng = random.Random(11)
xs = [rng.uniform(0, 1) * rng.choice([1, 1e-5, 10, 1e6, 1e300, 2.0]) + 0.25 for _ in range(3000)]
print(sum(math.log10(x) for x in xs), [math.log10(x).hex() for x in xs[:5]])
for x in [1.0, 10.0, 100.0, 1e22, 1e23, 1e-300, 5e-324, 2.2250738585072014e-308, 1e308, 0.1, 0.5, 2.0, 3.0,
          1.4142135623730951, 0.7071067811865476, 1.0000000000000002, 0.9999999999999999, math.inf]:
    print(repr(x), repr(math.log10(x)))
print(math.log10(10**400), math.log10(2**1023 * 3), math.log(1000, 10), math.log10(7))
for x in [0.0, -1.0, -math.inf]:
    try:
        math.log10(x)
    except ValueError as e:
        print(repr(x), "ValueError", e)
print(math.isnan(math.log10(math.nan)))
