import warnings
class CS(complex): pass
class C:
    def __complex__(self): return CS(1, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = complex(C())
print(type(r).__name__, r, [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = CS(C())
print(type(r).__name__, r, [str(x.message) for x in w])
print(complex.__eq__(1+1j, 1<<10000), complex.__eq__(1+0j, 1<<10000), complex.__ne__(1+0j, 1<<10000))
print(complex(2**53) == 2**53 + 1, complex(2.0**60) == 2**60 + 1, complex(2.0**60) == 2**60, complex(2.0**60) != 2**60 + 1)
print(2**53 + 1 == complex(2**53), complex(2**53, 0) == True, complex(1, 0) == True, complex(1, 0) == 1.0, 1j == 1j, complex('nan') == complex('nan'))
print(complex.__eq__(1+1j, 1e400 if False else float('inf')), complex.__eq__(1j, "x"))
for args in [(1+1j, 1+1j, 1+1j), (1j, 2, 3), (1j, 2, None)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print((1j).__pow__(2, 3))
except Exception as e:
    print(type(e).__name__, e)
print((1j).__pow__("a", 3), (1j).__rpow__(2, 3) if False else '')
for p in range(52, 66):
    z = complex(2.0 ** p)
    print(p, [d for d in range(-3, 4) if z == 2 ** p + d], [d for d in range(-3, 4) if z != 2 ** p + d] == [d for d in range(-3, 4) if d], complex(2.0 ** p, 1) == 2 ** p)
class F(float): pass
print(complex(3, 0) == F(3.0), complex(3, 1e-300) == F(3.0), complex(-0.0, 0) == 0, complex(float('inf')) == 10**400)
