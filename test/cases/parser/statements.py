import a
import a.b.c
import a as b, c.d as e
from . import x
from .. import y as z
from ...a.b import (c, d as e,)
from .... import f
from a import *
global g1, g2
x = y = z = 1
x, y = y, x
[a, b] = c
(a, b), c = d
a, *b, c = d
*a, = b
a.b = 1
a[1:2, ::3] = x
a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9; j &= 10; k ^= 11; l |= 12; m @= 13
x: int
x: int = 1
(x): int = 1
a.b: str
a[0]: float = 1.0
del a, b[0], c.d, (e, f), [g]
del (a)
assert x
assert x, "msg"
raise
raise E
raise E from None
pass
if a: pass
elif b: pass
else: pass
while x:
    break
    continue
else:
    pass
for x in y: pass
for x, y in z: pass
for (x, y), *z in w: pass
for x in y, z: pass
else: pass
try:
    pass
except E:
    pass
except (A, B) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d,): pass
with (a, b): pass
with (a): pass
with (yield): pass
class A: pass
class B(A, metaclass=M, **kw): pass
class C(): pass
def f(): pass
def g(a, b=1, *args, c, d=2, **kwargs) -> int: return a
def h(a, b, /, c, *, d): pass
def i(a=1, /, b=2, *, c): pass
def j(*, a): pass
def k(**kw): pass
def l(a, /): pass
def m(a: int, *b: str, c: "x" = 1, **d: float): pass
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: 0
x = lambda a, /, b: 0
x = lambda *, a: 0
x = lambda *a, **b: 0
@dec
@dec.attr
@dec(arg)
@dec[0]
@(lambda f: f)
@x := y
def f(): pass
async def f():
    await x
    async for a in b: pass
    async with a as b, c: pass
    [x async for x in y]
    await (yield)
    return await x
def gen():
    yield
    yield x
    yield x, y
    x = yield
    x = yield from y
    await_ = 1
nonlocal_ = 1
if (n := 10) > 5: pass
print(x := 1, y := 2)
[y := f(x), y**2]
x = a if b else c if d else e
x = not a and b or c
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** o
x = -a ** -b
x = await_
x = (yield)
x = a[1:2:3], a[:], a[::], a[1:], a[:2], a[::3], a[...], a[1, 2], a[1:2, 3], a[(1, 2)]
