# --- closures: cell in outer, free in inner, free passing through a middle function
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
# --- nonlocal and global
def f():
    a = b = 1
    def g():
        nonlocal a
        global b
        a = b = 2
    return g
# --- global at module level, and an implicit global through a parent's global
global q
def h():
    global r
    def i():
        return r, q
# --- class scope: class locals invisible to methods, DEF_FREE_CLASS
def fn():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
# --- class with free name from enclosing function used in the class body itself
def fn2():
    y = 1
    class C:
        z = y
    return C
# --- __class__ and super
class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def o(self):
        super = 1
        return super
# --- super in a nested lambda / comprehension inside a method
class B:
    def m(self):
        return lambda: super()
    def n(self):
        return [super() for _ in ()]
# --- name mangling
class _Priv:
    __a = 1
    def __m(self, __p):
        __local = self.__attr
        global __g
        import __mod
        from x import __y as __z
        return __local, __p, __dunder__
    class __Inner:
        __b = 2
# --- class named with underscores only
class ___:
    __a = 1
# --- comprehensions: .0, iteration variables, nesting
def comp(xs):
    a = [x for x in xs]
    b = {x: y for x in xs for y in x}
    c = {x for x in xs if x}
    d = (x for x in xs)
    e = [[y for y in x] for x in xs]
    return a, b, c, d, e
# --- walrus in comprehensions binds in the enclosing function
def w(xs):
    [y := x for x in xs]
    [[z := q for q in x] for x in xs]
    return y
# --- walrus in comprehension at module level
[m := x for x in range(3)]
# --- walrus in comprehension inside a function with a global
def wg():
    global gg
    [gg := 1 for _ in ()]
# --- walrus with nested lambda in comprehension
def wl(xs):
    return [lambda: (v := x) for x in xs]
# --- lambda defaults and nesting
def lam(a=1):
    return lambda b, *c, d=a, **e: (lambda: b + d)
# --- async
async def co(xs):
    await xs
    async for x in xs:
        pass
    async with xs as y:
        pass
    return [x async for x in xs], (await z for z in xs)
# --- generators
def gen():
    yield 1
    x = yield from gen()
    return x
# --- annotations without future
def ann(a: int, *b: str, c: "x" = 1, **d: float) -> list:
    e: int = 1
    f: int
    (g): int = 2
    h.i: int = 3
    j[0]: int
x: int = 1
y: str
class K:
    k: int
    l: int = 2
# --- annotations: lambda in annotation
def anl(a: lambda: 1) -> (lambda: 2):
    v: (lambda: 3) = 4
# --- annotations with a comprehension
def anc(a: [i for i in range(2)]):
    pass
# --- except, with, for, del, augmented targets
def stmts(x):
    try:
        pass
    except E as err:
        del err
    with open(x) as (a, b):
        pass
    for i, *j in x:
        i += 1
    del x[0], x.y
    while True:
        break
    else:
        pass
# --- imports
import a.b.c
import d.e as f
from g import h, i as j
from . import k
from .m import *
def imp():
    import n.o
    from p import q
# --- match statements
def mat(v):
    match v:
        case [a, *rest]:
            pass
        case {"k": b, **kw}:
            pass
        case Point(x=c, y=[d, e]) if c > 0:
            pass
        case (1 | 2) as f:
            pass
        case g:
            pass
        case _:
            pass
# --- nested classes and functions
class Outer:
    class Inner:
        def m(self):
            return Outer, Inner
    def m(self):
        def n():
            return self
        return n
# --- free variable through class to method
def deco():
    v = 1
    class C:
        def m(self):
            return v
    return C
# --- a name both global in a class and free in a method
def fcg():
    x = 1
    class C:
        global x
        def m(self):
            return x
# --- nonlocal in a nested function, declared in a class method
def nl():
    x = 1
    class C:
        def m(self):
            nonlocal x
            x = 2
# --- children order: defaults, annotations and decorators come before the function body
@(lambda f: f)
def order(a=lambda: 1, *, b=lambda: 2) -> (lambda: 3):
    return lambda: 4
# --- comprehension scope with its outer iterable in the enclosing scope
def ci():
    y = 1
    return [x for x in (lambda: y)()]
# --- genexp inside class body
class G:
    a = 1
    b = [a for _ in range(3)]
    c = [x for x in a]
# --- free var used only in a grandchild, bound at module level: global
v = 1
def p():
    def q():
        return v
# --- parameter named like an outer local
def pa(x):
    def pb(x):
        return x
    return x
# --- fstrings and formatted values
def fs(a, b):
    return f"{a!r:{b}} {c}"
# --- starred and slices
def sl(a):
    *b, c = a
    return a[1:2:3], a[::], {**a}, [*a]
# --- del of a free name and a used name
def dl():
    x = 1
    def i():
        return x
    del x
# --- yield in lambda, await in lambda
def yl():
    return lambda: (yield)
# --- walrus in comprehension condition
def wc(data):
    return [y for x in data if (y := x * 2)]
# --- interactive-like expressions at module level
print(a for a in b)
(lambda: c)()
# --- dunder class attribute access in method
class D:
    def m(self):
        return self.__x, __class__.__name__
# --- async comprehension in async function
async def ac(a):
    return {k: v async for k, v in a}, [i for i in a if await i]
# --- class keyword arguments and bases
def ck(meta):
    class C(object, metaclass=meta, **kw):
        pass
# --- deeply nested functions sharing names
def a1():
    x = 1
    def a2():
        y = 2
        def a3():
            def a4():
                return x + y
            return a4
        return a3
    return a2
# --- exec-like names and builtins
def bu():
    return len, print, __name__, __builtins__
# --- same name in two class bodies
class E1:
    x = 1
    class E2:
        x = x
# --- comprehension rebinds parameter
def cr(x):
    return [x for x in x]
# --- global declared in function, assigned in nested
def gd():
    global gv
    def inner():
        gv = 2
        return gv
# --- type comments and positional-only
def po(a, b, /, c, *, d):
    return a
# --- yield, await and return outside functions are the code generator's errors, not the symtable's
yield 1
await x
# --- async comprehension outside an async function (code generator's error)
def f():
    return [x async for x in y]
# --- await in a comprehension in an async function
async def f(y):
    return [await x for x in y], {await x for x in y}
# --- yield in a class body and in a lambda
class C:
    yield 1
g = lambda: (yield)
# --- walrus at module level inside nested comprehensions and a lambda inside a comprehension
[[(z := x) for x in y] for y in w]
[lambda: (q := 1) for _ in ()]
# --- walrus in a comprehension in a nested function with nonlocal target
def outer():
    t = 0
    def inner():
        nonlocal t
        [t := 1 for _ in ()]
    return inner
# --- names only in a dict comprehension's key and value
def dk(a):
    return {k(a): v(a) for k, v in a}
# --- class-level comprehension using a class variable in the outer iterable only
class CI:
    xs = [1, 2]
    ys = [x * 2 for x in xs]
    zs = {x: xs for x in xs}
# --- __class__ referenced in a nested function inside a method
class NC:
    def m(self):
        def inner():
            return __class__
        return inner
# --- super in a class nested in a method
class SC:
    def m(self):
        class Inner:
            def n(self):
                return super()
        return Inner
# --- super as a non-call name in a function at module level
def sup():
    return super
# --- mangled names in comprehensions, lambdas and nested functions inside a class
class _M:
    def m(self):
        return [__x for __x in self.__y], (lambda __z: __z), __class__
    def __init__(self, __a=__b):
        def __inner(__c):
            nonlocal __a
            return __c
# --- nonlocal of a mangled name
class MN:
    def m(self):
        __v = 1
        def n():
            nonlocal __v
            __v = 2
# --- global mangled name at class level
class GM:
    global __g
    __g = 1
# --- annotations referencing names (no future)
def an(a: T, b: "S" = d) -> R:
    v: V = w
# --- except-star free: handler name reused and deleted implicitly
def eh():
    try:
        pass
    except E as e:
        pass
    return e
# --- match capture names in a class body
class MC:
    match x:
        case [a, b] if a:
            c = a
# --- with multiple items, starred targets, nested tuples
def wm(x):
    with a as (b, *c), d as e.f, g as h[0]:
        pass
# --- decorators and defaults referencing enclosing names
def dd(x):
    @x
    def f(a=x, *, b=x):
        return a, b
    return f
# --- class inside a class inside a function, free variable from the function
def cc(v):
    class A:
        class B:
            w = v
            def m(self):
                return v
    return A
# --- __class__ bound in the class body and used by a method
class CB:
    __class__ = 1
    def m(self):
        return __class__
# --- nonlocal __class__ in a method
class NCl:
    def m(self):
        nonlocal __class__
        __class__ = 2
# --- a method's local named __class__
class LC:
    def m(self):
        __class__ = 3
        return super()
# --- super in a lambda at class level and a comprehension at class level
class SL:
    f = lambda self: super()
    g = [super() for _ in ()]
# --- global and nonlocal of the same name in different nested functions
def gn():
    v = 1
    def a():
        global v
        return v
    def b():
        nonlocal v
        return v
    return a, b
# --- implicit global through an enclosing function's global declaration, nested twice
def ig():
    global w
    def a():
        def b():
            return w
        return b
# --- children order of lambdas in every annotation position and in defaults
def order2(p: (lambda: 0) = (lambda: 10), /, a: (lambda: 1) = (lambda: 11), *b: (lambda: 2), c: (lambda: 3) = (lambda: 13), **d: (lambda: 4)) -> (lambda: 5):
    pass
