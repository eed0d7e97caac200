# weakref.proxy stands for its referent in every protocol (operators with the proxy on either side,
# in-place operators, comparisons, len/items/contains, iteration, str/bytes/reversed, attributes),
# is unhashable, and is a weakcallableproxy for a callable referent. ref(o) and proxy(o) without a
# callback are shared, and getweakrefs lists the basic ref, the basic proxy, then the rest newest first.
import collections
import operator
import weakref

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", self.v, o)
    def __radd__(self, o): return ("radd", o, self.v)
    def __floordiv__(self, o): return 42
    def __ifloordiv__(self, o): return 21
    def __matmul__(self, o): return 1729
    def __rmatmul__(self, o): return -163
    def __imatmul__(self, o): return 561
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __divmod__(self, o): return ("divmod", o)
    def __neg__(self): return -self.v
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __index__(self): return 10
    def __float__(self): return 2.5
    def __lt__(self, o): return ("lt", o)
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    __hash__ = object.__hash__
    def __str__(self): return "Num-str"
    def __bytes__(self): return b"Num-bytes"

n = Num(3)
p = weakref.proxy(n)
print(p + 1, 1 + p, p // 5, p @ 2, 2 @ p, p ** 2, pow(p, 2, 5), divmod(p, 7))
print(-p, abs(p), ~p, operator.index(p), list(range(20))[p], float(p), p.__index__())
n3 = Num(3)
print(p < 5, p == Num(3), p == weakref.proxy(n3), p != Num(4))
print(str(p), bytes(p), "__bytes__" in dir(p), p.v, p.__class__.__name__)
q = p
q //= 5
print(q)
q = p
q @= 5
print(q)

class F(float): pass
f = F(2.0)
fp = weakref.proxy(f)
print(fp + 1.0, 1.0 + fp, fp * 2, 3 - fp, fp < 3, round(fp.real))

L = collections.UserList()
lp = weakref.proxy(L)
print(bool(lp), len(lp))
lp.append(12)
lp[:] = [2, 3]
lp[1] = 5
L2 = collections.UserList([2, 5])
print(L, len(lp), 3 in lp, 5 in lp, lp[1], lp[:1], list(lp), list(reversed(lp)), lp == weakref.proxy(L2))
del lp[0]
print(L)

class Foo:
    result = None
    def __delitem__(self, k): self.result = k
g = Foo()
gp = weakref.proxy(g)
del gp[0]
print(gp.result)
g.foo = 1
print(gp.foo)
del gp.foo
print(hasattr(g, "foo"), hasattr(gp, "foo"))
gp.bar = 2
print(g.bar)

class List(list): pass
empty, full = List(), List([1])
print(bool(weakref.proxy(empty)), bool(weakref.proxy(full)))

def gen():
    yield from [4, 5, 6]
it = gen()
class IteratesWeakly:
    def __iter__(self): return weakref.proxy(it)
print(list(IteratesWeakly()))
not_an_iterator = lambda: 0
class Bad:
    def __iter__(self): return weakref.proxy(not_an_iterator)
try:
    list(Bad())
except TypeError as e:
    print("TypeError", e)

class Rev:
    def __len__(self): return 3
    def __reversed__(self): return iter("cba")
rev = Rev()
print("".join(reversed(weakref.proxy(rev))))
try:
    reversed(weakref.proxy(g))
except AttributeError as e:
    print("AttributeError", e)

for o in (n, g):
    try:
        hash(weakref.proxy(o))
    except TypeError as e:
        print("TypeError", e)

class Callable:
    bar = None
    def __call__(self, x): self.bar = x
c = Callable()
cp = weakref.proxy(c)
print(type(cp) is weakref.CallableProxyType, type(p) is weakref.ProxyType, type(cp).__name__, type(p).__name__)
cp("twinkies!")
cp(x="Splat.")
print(c.bar)
for args in ((), (1, 2, 3)):
    try:
        cp(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    p(1)
except TypeError as e:
    print("TypeError", e)

class C: pass
def cb(r): pass
o = C()
r1 = weakref.ref(o, cb)
px = weakref.proxy(o, cb)
b = weakref.ref(o)
bp = weakref.proxy(o)
r2 = weakref.ref(o, cb)
names = {id(x): name for name, x in [("r1", r1), ("px", px), ("b", b), ("bp", bp), ("r2", r2)]}
print([names[id(x)] for x in weakref.getweakrefs(o)], weakref.getweakrefcount(o), o.__weakref__ is b)
print(weakref.ref(o) is b, weakref.ref(o, None) is b, weakref.proxy(o) is bp, weakref.proxy(o, None) is bp, weakref.ref(o, cb) is r1)
for make in (lambda: weakref.ref(o, callback=None), lambda: weakref.ref(), lambda: weakref.ref(o, None, 3),
             lambda: b.__init__(0, 0, 0, 0, 0), lambda: weakref.proxy(o, callback=None), lambda: weakref.proxy(o, None, 3),
             lambda: weakref.proxy(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
