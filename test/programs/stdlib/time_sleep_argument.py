# time.sleep converts its argument to a C _PyTime_t of nanoseconds (rounding away from zero) before
# it checks the sign: -2**63 and -inf are OverflowError, not "sleep length must be non-negative",
# 2**63 is OverflowError rather than a sleep for ever, -1e-300 is a negative nanosecond, and an
# int comes through __index__.
import fractions
import time


class I:
    def __index__(self):
        return 0


class Fl:
    def __float__(self):
        return 0.0


class FS(float):
    pass


for v in [-2**63, 2**63, 2**70, -1, -1e-12, -0.0, float("nan"), float("inf"), -float("inf"), 1e20, 9.3e9, -9.3e9, -9.2e9,
          9223372037, -9223372037, "x", None, I(), Fl(), fractions.Fraction(0), True, 0, 0.0, 1e-300, -1e-300, 2j, FS(-1.0), FS(0.0)]:
    try:
        print(repr(v)[:20], time.sleep(v))
    except Exception as e:
        print(repr(v)[:20], type(e).__name__, e)
