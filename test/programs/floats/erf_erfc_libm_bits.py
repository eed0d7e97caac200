# math.erf and math.erfc to the last bit of the oracle's C library (musl's, from Sun's fdlibm),
# which is not correctly rounded: erfc(2.0) is 0.004677734981047265 there (the nearest double to
# the true value is ...266). Each of fdlibm's ranges is sampled: |x| below 2**-28, below 0.84375
# (either side of 1/4 for erfc), below 1.25, below 1/0.35, below 6 and 28, and beyond.
import math

print(math.erfc(2.0), math.erf(2.0), math.erfc(-2.0))
xs = [0.0, -0.0, 1e-300, -1e-310, 2.0**-30, 1e-10, 0.1, 0.2, 0.25, 0.3, 0.5, 0.6174, 0.8, 0.84375,
      0.9, 1.0, 1.1, 1.2, 1.25, 1.5, 2.0, 2.5, 2.857, 2.86, 3.0, 4.0, 5.5, 5.99, 6.0, 10.0, 26.5,
      27.9, 28.0, 30.0, 1e300, math.inf, math.nan]
for x in xs:
    for v in (x, -x):
        print(repr(v), math.erf(v).hex(), math.erfc(v).hex())
# a grid through the ranges where the last bit depends on how the pieces are combined
for i in range(-160, 161):
    x = i / 37.0
    print(i, math.erf(x).hex(), math.erfc(x).hex())
print(math.erf(1e-320), math.erfc(-1e-320), math.erfc(-5.9), math.erfc(-6.5), math.erf(-0.9))
