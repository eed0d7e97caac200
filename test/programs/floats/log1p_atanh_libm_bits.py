# math.log1p, math.atanh and math.asinh to the last bit of the oracle's C library: musl's log1p
# (x itself near 0, else 1 + x reduced to 2**k * (1 + f) with a correction for its rounding, and
# fdlibm's rational kernel, summed in its own order) and atanh and asinh built on it. For these
# arguments a JS engine's Math.log1p/Math.atanh give the other neighbour of the true value.
import cmath
import math

for x in [0.5627029757430597, 0.4794254281679289, 0.5047087460641531, 0.46633646959361075,
          0.4099699261077736, 0.18151882970739308, 0.487932633664121, 0.513564538853361, 0.6799272179693299]:
    print(repr(x), math.log1p(x).hex(), math.log1p(-x / 2).hex())
for y in [0.14870090765062433, 0.5272594281548127, 0.282038451611891, -0.058907362457398076,
          -0.1213998840717952, 0.11932890233741639, 0.49740268811295846, 0.14409465358108028,
          -0.09554713468930995, -0.661354467160538, 0.6918262738635637, 0.6925909278546853]:
    print(repr(y), math.atanh(y).hex())
for x in [0.21798438357690642, 0.4095372418322807, -0.4943520618130228, 0.1485648812654119,
          -0.3966767869647869, -0.3960087103609977, -0.24461921389177999]:
    print(repr(x), math.asinh(x).hex())
for x in [0.0, -0.0, 1e-300, 2.0**-53, 2.0**-54, -0.2928, -0.29290, 0.41421, 0.41422, 1.0, 1e15, 2.0**53,
          9e15, 1e300, math.inf, -0.9999999999999999]:
    print(repr(x), repr(math.log1p(x)))
for x in [0.0, -0.0, 1e-300, 2.0**-29, 0.4999999, 0.5, -0.75, 0.9999999999999999, -0.9999999999999999]:
    print(repr(x), repr(math.atanh(x)))
print(cmath.atanh(complex(0.3, 0.1)), cmath.acosh(complex(1.5, 0.2)), cmath.log(complex(0.6, 0.8)))
for f, x in [(math.log1p, -1.0), (math.log1p, -2.0), (math.atanh, 1.0), (math.atanh, -1.5)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, x, "ValueError", e)
