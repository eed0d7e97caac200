# cmath.log(x, base): c_log sets errno afresh on each call, so the log of the base forgets the EDOM
# of log(0): log(0, 2) is (-inf+nanj) where log(0) alone is ValueError. A base whose log is 0 (1)
# or whose own log fails (0) still raises.
import cmath

for a, b in [(0j, 2**53), (0j, 2.0), (0j, 2), (complex(0.0, -0.0), 10), (0j, 0j), (1 + 1j, 0j), (0j, 1), (1, 1), (0j, 1j),
             (complex(0.0, -0.0), complex(2**53)), (2, 0), (0, 0), (float("inf"), 2), (float("nan"), 0), (0.0, -1), (0j, float("inf")),
             (0j, float("nan")), (1e-320, 2), (2, 1e-320), (0j, complex(0, float("inf")))]:
    try:
        print(a, b, cmath.log(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a in [0j, complex(0.0, -0.0), 0.0, 1e-320]:
    try:
        print(a, cmath.log(a), cmath.log10(a))
    except Exception as e:
        print(a, type(e).__name__, e)
