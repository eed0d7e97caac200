# Conversions that must call a subclass's own __int__/__trunc__/__float__/__complex__ (or not),
# with the DeprecationWarnings for results of a strict subclass; float/complex __format__ with an
# empty spec is str(self); islice's index errors.
import cmath, itertools, math, warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            out = label + " -> " + repr(f())
        except Exception as e:
            out = label + " !! " + type(e).__name__ + " " + str(e)
        for x in w:
            out += " [" + x.category.__name__ + ": " + str(x.message) + "]"
    print(out)

def cls(base, **methods):
    return type("A", (base,), {k: (lambda v: lambda self, *a: v)(v) for k, v in methods.items()})
def raiser(base, name, exc):
    def f(self, *a): raise exc
    return type("A", (base,), {name: f})

class FloatSub(float): pass
class ComplexSub(complex): pass
class IntSub(int): pass

show("int(str subclass, __int__ -> 5)", lambda: int(cls(str, __int__=5)("12")))
show("int(str subclass, __index__ -> 6)", lambda: int(cls(str, __index__=6)("12")))
show("int(str subclass, __trunc__ -> False)", lambda: int(cls(str, __trunc__=False)("12")))
show("int(str subclass, __trunc__ -> IntSub)", lambda: int(cls(str, __trunc__=IntSub(3))("12")))
show("int(str subclass, __int__ raises)", lambda: int(raiser(str, "__int__", StopIteration)("12")))
show("int(str subclass)", lambda: int(cls(str)("12")))
show("int(bytes subclass, __int__ -> 8)", lambda: int(cls(bytes, __int__=8)(b"12")))
show("int(str subclass, 16)", lambda: int(cls(str, __int__=5)("ff"), 16))

show("complex(int subclass, __float__ -> 2.5)", lambda: complex(cls(int, __float__=2.5)(7)))
show("complex(int subclass, __float__ -> 'x')", lambda: complex(cls(int, __float__="x")(7)))
show("complex(int subclass, __float__ raises)", lambda: complex(raiser(int, "__float__", AttributeError("a"))(7)))
show("complex(1, float subclass with __float__)", lambda: complex(1, cls(float, __float__=4.0)(2.5)))
show("complex(int subclass)", lambda: complex(IntSub(7)))

show("math.fsum([int subclass, __float__ -> 0.5])", lambda: math.fsum([cls(int, __float__=0.5)(7)]))
show("math.fsum([int subclass, __float__ raises])", lambda: math.fsum([raiser(int, "__float__", KeyError("k"))(7)]))
show("math.sqrt(int subclass, __float__ -> 4.0)", lambda: math.sqrt(cls(int, __float__=4.0)(9)))
show("math.floor(__float__ -> FloatSub)", lambda: math.floor(cls(object, __float__=FloatSub(2.5))()))
show("math.floor(__float__ -> 1)", lambda: math.floor(cls(object, __float__=1)()))
show("math.isnan(float subclass, __float__ -> nan)", lambda: math.isnan(cls(float, __float__=float("nan"))(1.0)))

show("cmath.phase(complex subclass, __complex__ -> 2**70)", lambda: cmath.phase(cls(complex, __complex__=2**70)(1j)))
show("cmath.phase(__complex__ -> ComplexSub)", lambda: cmath.phase(cls(object, __complex__=ComplexSub(1j))()))
show("cmath.sqrt(__complex__ -> 1.5)", lambda: cmath.sqrt(cls(object, __complex__=1.5)()))
show("cmath.sqrt(__float__ -> 4.0)", lambda: cmath.sqrt(cls(object, __float__=4.0)()))
show("complex(__complex__ -> ComplexSub)", lambda: complex(cls(object, __complex__=ComplexSub(2j))()))

for base, value in ((float, 2.5), (complex, 1j), (int, 7)):
    for name, result in (("__str__", "own str"), ("__repr__", "own repr"), ("__str__", 5), ("__repr__", (1,))):
        o = cls(base, **{name: result})(value)
        show(f"format({base.__name__} subclass with {name} -> {result!r}, '')", lambda: format(o, ""))
        show(f"'{{}}'.format({base.__name__} subclass with {name} -> {result!r})", lambda: "{}".format(o))
        show(f"format({base.__name__} subclass with {name} -> {result!r}, '>8')", lambda: format(o, ">8"))
    show(f"format({base.__name__} subclass, __str__ raises)", lambda: format(raiser(base, "__str__", IndexError("i"))(value), ""))

for stop in (cls(object, __index__=b"b")(), raiser(object, "__index__", KeyError("k"))(), raiser(object, "__index__", RuntimeError("r"))(), cls(object, __index__=2)(), 2**70, -1, 1.5):
    show(f"islice('abcdef', {type(stop).__name__})", lambda: list(itertools.islice("abcdef", stop)))
    show(f"islice('abcdef', {type(stop).__name__}, None)", lambda: list(itertools.islice("abcdef", stop, None)))
    show(f"islice('abcdef', 0, None, {type(stop).__name__})", lambda: list(itertools.islice("abcdef", 0, None, stop)))
