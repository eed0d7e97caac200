# math.exp to the last bit of the oracle's C library: musl's exp (a 128-entry table of 2**(j/128)
# and a degree-5 polynomial) is within about 0.51 ulp, so for these arguments it is the neighbour
# of the correctly rounded double, and CPython prints that. The subnormal and overflow ranges, and
# what is built on exp (sinh, cosh, complex exp), follow.
import cmath
import math

for x in [-3.869203818115514, 0.1628258723202105, 403.8852231925901, 0.00048491153402753674,
          1.5037494052309763, -675.8270001842252, 4.089654069921256, -0.0005547781017156961,
          122.3438440957792, -0.7394457531189127, -7.9095116153689915, 9.219454576977489,
          -427.4378214166657, 532.8595510089498, 0.0006317107664036485, 428.91891826567854,
          -0.0005723076912888398, -0.181044055825204, -86.40093879924933, -0.2, 1.0, 0.5, 700.0]:
    print(repr(x), math.exp(x).hex(), math.sinh(x / 2).hex(), math.cosh(x / 3).hex(), cmath.exp(complex(x / 4, 1)))
for x in [-708.3964185322641, -708.4, -720.5, -744.44007, -745.1332191019411, -745.1332191019412, -746.0,
          2.0**-54, -(2.0**-54), 2.0**-55, 0.0, -0.0, 511.9, 512.0, 600.25, 709.782712893384, -1023.9,
          math.inf, -math.inf, math.nan]:
    print(repr(x), math.exp(x).hex())
for x in [709.7827128933841, 1000.0, 1e300]:
    try:
        math.exp(x)
    except OverflowError as e:
        print(repr(x), "OverflowError", e)
print(math.e == math.exp(1), math.exp(-1), sum(math.exp(i / 100) for i in range(-500, 500)))
