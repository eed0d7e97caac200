# property: getter/setter/deleter, docstrings, read-only errors, inheritance and overriding parts.
class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
t.celsius = 100
print(t.celsius, t.fahrenheit)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: setattr(t, "celsius", -300)))
print(err(lambda: setattr(t, "fahrenheit", 0)))
print(err(lambda: delattr(t, "fahrenheit")))
del t.celsius
print(err(lambda: t.celsius))
class P:
    x = property(lambda self: "get x", doc="the x")
    y = property()
print(P().x, P.x.__doc__, err(lambda: P().y), err(lambda: setattr(P(), "y", 1)), P.x.fget is not None, P.y.fget)
class Base:
    @property
    def v(self):
        return "base v"
class Sub(Base):
    @Base.v.getter
    def v(self):
        return "sub v"
class Sub2(Base):
    @Base.v.setter
    def v(self, val):
        print("Sub2 setter", val)
print(Sub().v, Base().v, Sub2().v)
s2 = Sub2()
s2.v = 7
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls
l = Lazy()
print(l.value, l.value, l.calls)
from functools import cached_property
class Cached:
    @cached_property
    def heavy(self):
        print("computing")
        return 99
c = Cached()
print(c.heavy, c.heavy, "heavy" in vars(c))
