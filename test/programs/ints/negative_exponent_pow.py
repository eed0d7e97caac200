# int ** negative int is float_pow of the two as floats: correctly rounded as the C library's pow
# (10 ** -4 is 0.0001), with float_pow's errors.
print([10 ** -k for k in range(1, 23)])
print([2 ** -k for k in (1, 10, 52, 53, 1074, 1075)])
print(3 ** -5, 7 ** -3, (-2) ** -3, (-3) ** -2, 1 ** -10, (-1) ** -7, 12345 ** -2)
print(pow(10, -4), pow(5, -1), (10 ** 20) ** -1, 2 ** -1000 * 2 ** 1000)
for base, exp in [(0, -1), (10 ** 400, -1), (2, -(10 ** 400))]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
import math
# math.pow of a negative base to an integer power: the magnitude's power, signed
print([math.pow(-10.0, -k) for k in range(1, 12)], math.pow(-1.5, 3), math.pow(-7, -3), math.pow(-1e-200, 2))
