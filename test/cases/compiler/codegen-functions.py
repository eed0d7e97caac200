# --- defaults, kw-only defaults, annotations
def f(a, b=1, *args, c, d=2, **kw) -> int:
    pass
def g(a: int, /, b: str = 'x', *, c: float = 1.0) -> None:
    pass
def h(*, a=1, b):
    pass
# --- decorators
@d1
@d2(x)
def f():
    pass
@d
class C:
    pass
@a.b.c
async def g():
    pass
# --- closures and cells
def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        return b
    return inner
def cellarg(x):
    def f():
        return x
    x = 2
    return f
# --- classes, __class__, super
class A(B, metaclass=M, x=1):
    def f(self):
        return super().f()
    def g(self):
        return __class__
    @classmethod
    def h(cls):
        pass
class D(*bases, **kw):
    pass
class E:
    x = 1
    def f(self):
        return x
# --- nested functions qualnames and globals
def f():
    def g():
        class C:
            def h(self): pass
        return C
    global k
    def k():
        pass
    return g
class Outer:
    class Inner:
        def m(self):
            def n(): pass
# --- name mangling
class C:
    __a = 1
    def __m(self, __x):
        self.__y = __x
        return self.__a
    def f(self):
        import __b
        from x import __c
        return __d
# --- class free variables
def f():
    x = 1
    class C:
        y = x
        def g(self):
            return x
    return C
# --- lambda defaults and closures
def f(a):
    return lambda b=a, *, c=a: a + b + c
# --- future annotations
from __future__ import annotations
def f(a: List[int], *b: "x", c: a.b = 1, **d: Dict[str, int]) -> Tuple[int, ...]:
    x: int = 1
class C:
    a: Dict[str, int]
    b: int = 2
x: List[int]
y.z: int
# --- mangled keyword-only defaults and annotations
class C:
    def f(self, __a: int = 1, *, __b: str = 'x', **__k) -> __T:
        return __a, __b
    g = lambda self, *, __c=2: __c
# --- global and nonlocal names in classes
x = 0
def outer():
    y = 1
    class C:
        global x
        nonlocal y
        x = 2
        y = 3
        def m(self):
            return x, y
    return C
# --- generators, coroutines and async generators flags
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
def nested():
    def inner():
        return 1
    return inner
def varargs(*a, **k):
    pass
# --- defaults evaluated in the enclosing scope
def f(a=[x for x in y], *, b=lambda: z, c=(yield_ := 1)):
    pass
