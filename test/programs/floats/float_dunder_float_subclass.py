import warnings
warnings.simplefilter("always")
import sys
for s in ['', ' ', '\t \n', '  123 456  ', b'  123 456  ', '\xbd']:
    try: float(s)
    except ValueError as e: print(e)
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
class OFS(float): pass
class F:
    def __float__(self):
        return OFS(42.)
class FS(float): pass
def show(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    print(type(r).__name__, r, [str(x.message) for x in w])
show(lambda: float(Foo3(21)))
class Foo4(float):
    def __float__(self):
        return 42
try:
    float(Foo4(1))
except TypeError as e:
    print(e)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        float(F())
    except DeprecationWarning as e:
        print("raised:", e)
class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1
class PlainStr(str):
    pass
class FooBytes(bytes):
    def __float__(self):
        return 2.5
print(float(FooStr('8')), float(PlainStr('8.5')), float(FooBytes(b'1')), float(bytearray(b' 7 ')))
