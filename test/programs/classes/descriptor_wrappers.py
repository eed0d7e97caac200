# Descriptor details found by CPython's test suite: staticmethod/classmethod copy the wrapped callable's
# attributes into their __dict__ (3.10); a builtin type without a docstring has __doc__ None for its
# instances (not object's); a comparison method whose __get__ raises counts as absent; a non-cell
# __classcell__ is refused.
def f(x: int) -> str:
    "doc of f"
sm, cm = staticmethod(f), classmethod(f)
print(sorted(sm.__dict__), sm.__name__, sm.__qualname__, sm.__doc__, sm.__annotations__, sm.__module__)
print(sorted(cm.__dict__), cm.__wrapped__ is f, cm.__func__ is f)
class K:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        "c doc"
print(K.__dict__["s"].__name__, K.__dict__["c"].__qualname__, K.__dict__["c"].__doc__)
sm.__name__ = "renamed"
print(sm.__name__, f.__name__, sm.__dict__["__name__"])
sm.__dict__ = {"a": 1}
print(sm.__dict__)
try:
    sm.__dict__ = 5
except TypeError as e:
    print(e)
print(staticmethod(1).__dict__, classmethod(None).__dict__)
print(hasattr(staticmethod(len), "__annotations__"))
print(type(sm).__dict__["__dict__"])

sm = staticmethod(len)
cm = classmethod(len)
print(sm.__wrapped__ is len, cm.__wrapped__ is len, sm.__isabstractmethod__, cm.__isabstractmethod__)
print(sm.__doc__ == len.__doc__, cm.__doc__ == len.__doc__, sm.__dict__, cm.__dict__)
sm.x = 1
print(sm.__dict__)
class C:
    @property
    def __eq__(self):
        raise RuntimeError("boom")
try:
    C() == 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    class D:
        __classcell__ = 1
except TypeError as e:
    print("TypeError", e)
def f():
    class E:
        def m(self):
            return __class__
        __classcell__ = 5
try:
    f()
except TypeError as e:
    print("TypeError", e)

import sys
objs = [None, ..., NotImplemented, iter([]), iter(()), iter(""), iter({}), (x for x in ()), sys._getframe(), {}.keys(), {}.values(), {}.items(), range(3), slice(1), memoryview(b""), enumerate([]), zip(), map(len, []), filter(None, []), reversed([]), (1).__add__, int.__add__, str.join, [].append, type.__dict__["__dict__"], property(), super(int, 1)]
for o in objs:
    d = o.__doc__
    print(type(o).__name__, repr(d[:30]) if isinstance(d, str) else d)
