# --- if/elif/else
if a:
    b()
elif c:
    d()
else:
    e()
if a and b or c:
    x = 1
if not (a or b):
    pass
if a < b < c:
    pass
if (a if b else c):
    pass
# --- while loops with break/continue/else
while x:
    if y:
        break
    if z:
        continue
    w()
else:
    v()
while True:
    f()
while 1:
    if g(): break
# --- for loops
for x in y:
    if x:
        continue
    break
else:
    z()
for a, (b, *c) in d:
    pass
# --- assignments
a = b = c = 1
a, b = b, a
a, b, c = c, b, a
(a, b), c = x
[a, *b] = x
a, *b, c = x
x.y, z[0] = 1, 2
# --- augmented and annotated assignment (module)
x: int
x: int = 1
x.y: int
x[0]: int = 2
(x): int = 3
x += 1
# --- class with annotations
class C:
    a: int
    b: str = 'x'
    __private: int = 1
# --- return and unwinding in functions
def f(x):
    for i in x:
        try:
            return i
        finally:
            print(i)
def g(x):
    with a as b:
        return x
def h(x):
    try:
        pass
    except E as e:
        return e
def k():
    for x in y:
        with a:
            break
        for z in w:
            try:
                continue
            finally:
                pass
def m():
    try:
        return 1
    finally:
        return 2
def n():
    return (
        1)
def o():
    return
def p():
    return a,
# --- try/except/else/finally
try:
    a()
except E:
    b()
except (F, G) as e:
    c(e)
except:
    d()
else:
    f()
finally:
    g()
try:
    pass
finally:
    pass
try:
    a()
except E as e:
    raise X from e
# --- with statements
with a:
    pass
with a as b, c as (d, e):
    f()
with a() as b:
    with c:
        pass
# --- raise, assert, del, global, pass
def f():
    global g
    g = 1
    raise
def h():
    raise E
    raise E from None
assert x
assert x, "message"
assert (x, y)
del x
del x, y[0], z.w
# --- imports
import a
import a.b.c
import a.b.c as d
import a as b
from a import b
from a import b as c, d
from . import x
from ..a.b import c
from a import *
# --- async
async def f():
    await x
    async for a in b:
        c()
    else:
        d()
    async with e as f:
        g()
    async with a, b:
        return 1
    r = [x async for x in y]
    s = [await x for x in y]
    t = (x async for x in y)
async def gen():
    yield 1
    await x
# --- generators
def g():
    yield
    yield 1
    x = yield 2
    yield from y
    return 3
# --- docstrings
"""Module docstring."""
def f():
    "function docstring"
    return 1
class C:
    "class docstring"
