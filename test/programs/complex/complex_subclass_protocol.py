# __complex__ and complex subclasses; complex() calling user hooks and rejecting bad results.
class Z:
    def __complex__(self):
        return 2 + 3j
class FloatOnly:
    def __float__(self):
        return 1.5
class IndexOnly:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 5
print(complex(Z()), complex(FloatOnly()), complex(IndexOnly()), complex(FloatOnly(), IndexOnly()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: complex(Bad())))
print(err(lambda: complex(object())))
class C(complex):
    def __repr__(self):
        return f"C{complex(self)}"
c = C(1, 2)
print(c, repr(c), c + 1, type(c + 1).__name__, c.real, c.conjugate(), type(c.conjugate()).__name__, C("3j"), C(Z()))
print(isinstance(c, complex), C.__mro__, c == 1 + 2j, hash(c) == hash(1 + 2j), abs(C(3, 4)))
