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
