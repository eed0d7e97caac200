# --- mode=eval
a + b * c
# --- mode=eval
[x for x in y]
# --- mode=single
x = 1
# --- mode=single
a + 1
# --- mode=single
if x:
    y
# --- optimize=1
assert x, "message"
def f():
    "docstring"
    return __debug__
if __debug__:
    y()
# --- optimize=2
"""module docstring"""
assert x
def f():
    "docstring"
    return 1
class C:
    "doc"
# --- mode=exec flags=0x1000000
def f(x: int) -> str:
    y: list[int] = []
# --- top-level await flags=0x2000
await x
# --- top-level async for flags=0x2000
async for a in b:
    print(a)
# --- top-level async with flags=0x2000
async with a as b:
    pass
# --- top-level async comprehension flags=0x2000
x = [a async for a in b]
y = (a async for a in b)
# --- top-level await inside a function is still an error flags=0x2000
def f():
    await x
# --- mode=single nested statements
for i in range(3):
    i
# --- mode=single class and function
class C:
    x
def f():
    y
# --- mode=single annotation
x: int = 1
# --- mode=eval lambda and await-free generator
(lambda: (yield))
