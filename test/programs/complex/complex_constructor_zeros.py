# complex(real, imag): each argument keeps its sign of zero; complex arguments mix parts; __complex__,
# __float__ and __index__ operands; the exact-complex shortcut; messages.
import math
class C(complex): pass
class I:
    def __index__(self): return 3
class F:
    def __float__(self): return -0.0
class X:
    def __complex__(self): return 2.5
class Y:
    def __complex__(self): return 1-0j
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for args in [(1j, 1j), (C(1, 2),), (C(1, -0.0), -0.0), (-0.0,), (0.0, -0.0), (-0.0, -0.0), (1j, -0.0), (complex(0, -0.0), 0.0), (I(),), (I(), I()), (F(), F()), (Y(),), (Y(), 1), (True, False), (2**60, 1), ()]:
    z = complex(*args)
    print(repr(z), type(z).__name__, math.copysign(1, z.real), math.copysign(1, z.imag))
z = C(1, 2); print(repr(complex(z)), type(complex(z)).__name__, type(C(z)).__name__, complex(1j) is complex(1j))
w = 3+4j; print(complex(w) is w)
print(err(lambda: complex(None)), err(lambda: complex("1", 2)), err(lambda: complex(1, "2")), err(lambda: complex(X())), err(lambda: complex(1, None)), err(lambda: complex([])))
print(err(lambda: complex(10**400)), err(lambda: complex(real=1, imag=2)), err(lambda: complex(1, 2, 3)), err(lambda: complex(x=1)))
print(-(0j), 0j * -1, (-0.0) * 1j, 1j * -0.0, -1j.real, (1-0j) + 1.0, complex(1, -0.0) - 1, complex(-0.0, -0.0) + 0)
