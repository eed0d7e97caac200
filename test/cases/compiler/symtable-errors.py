# --- duplicate argument
def f(a, a): pass
# --- duplicate argument in lambda
x = lambda a, b, *a: 0
# --- duplicate kw-only
def f(a, *, a): pass
# --- duplicate posonly
def f(a, /, b, a): pass
# --- duplicate varkw
def f(a, **a): pass
# --- parameter and global
def f(a):
    global a
# --- parameter and nonlocal
def g():
    a = 1
    def f(a):
        nonlocal a
# --- assigned before global
def f():
    x = 1
    global x
# --- used before global
def f():
    print(x)
    global x
# --- used before global at module level
print(x)
global x
# --- assigned before nonlocal
def g():
    x = 1
    def f():
        x = 2
        nonlocal x
# --- used before nonlocal
def g():
    x = 1
    def f():
        print(x)
        nonlocal x
# --- annotated before global
def f():
    x: int
    global x
# --- annotated global
def f():
    global x
    x: int = 1
# --- annotated nonlocal
def g():
    x = 1
    def f():
        nonlocal x
        x: int
# --- no binding for nonlocal
def f():
    nonlocal x
# --- nonlocal at module level
nonlocal x
# --- nonlocal in class at module level
class C:
    nonlocal x
# --- nonlocal and global
def g():
    x = 1
    def f():
        global x
        nonlocal x
# --- import star in function
def f():
    from os import *
# --- import star in class
class C:
    from os import *
# --- walrus in comprehension iterable
[x for x in (y := [1])]
# --- walrus in nested comprehension iterable
[x for x in [z for z in (y := [1])]]
# --- walrus in inner loop iterable
[x for a in b for x in (y := a)]
# --- walrus rebinding iteration variable
[x := 1 for x in range(3)]
# --- walrus rebinding outer iteration variable
[[x := 1 for y in range(3)] for x in range(3)]
# --- inner loop rebinding walrus target
[i for i in range(5) if (j := 0) for j in range(5)]
# --- walrus in comprehension in class body
class C:
    [y := 1 for x in range(3)]
# --- yield in list comprehension
def f():
    [(yield x) for x in y]
# --- yield in set comprehension
def f():
    {(yield x) for x in y}
# --- yield in dict comprehension
def f():
    {x: (yield) for x in y}
# --- yield in genexp
def f():
    ((yield x) for x in y)
# --- yield from in list comprehension
def f():
    [(yield from x) for x in y]
# --- future annotations: yield in annotation
from __future__ import annotations
def f(x: (yield)): pass
# --- future annotations: await in annotation
from __future__ import annotations
async def f(x: await y): pass
# --- future annotations: walrus in annotation
from __future__ import annotations
x: (y := 1) = 2
# --- future annotations: yield from in return annotation
from __future__ import annotations
def f() -> (yield from x): pass
# --- non-ASCII before the error position
def f():
    é = 1; global é
# --- global in a nested function after use in a comprehension
def f():
    [x for y in z]
    global x
# --- duplicate argument in nested function inside class
class C:
    def m(self, x, x): pass
# --- assignment before global in class
class C:
    x = 1
    global x
# --- yield in comprehension condition, nested value first
def f():
    [x for x in y if (yield [z for z in (w := 1)])]
# --- yield inside lambda inside comprehension is fine, then a real error
def f():
    [lambda: (yield) for x in y]
    def g(a, a): pass
# --- import star at module level inside if is fine, then nonlocal error
if x:
    from os import *
def f():
    nonlocal q
# --- walrus target conflict reported at the target
def f():
    [[(j := 1) for i in x] for j in y]
# --- walrus in class-body comprehension nested in function
def f():
    class C:
        [y := 1 for x in range(3)]
# --- duplicate argument with non-ASCII name
def f(ñ, ñ): pass
