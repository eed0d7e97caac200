class R:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
for a in ["spam", [1], (1,), b"x", bytearray(b"y")]:
    try: print(a + R())
    except TypeError as e: print("TypeError", e)
    try: print(a * R())
    except TypeError as e: print("TypeError", e)
for a in ["spam", [1], (1,), b"x"]:
    try: print(type(a).__add__(a, R()))
    except TypeError as e: print("TypeError", e)
class S(str): pass
print(S("q") + R())
class RS(str):
    def __radd__(self, o): return "RS.radd"
print("a" + RS("b"))
x = "a"; x += R(); print(x)
L = [1]; L += R(); print(L)
B = bytearray(b"z"); B += R(); print(B)
class I:
    def __index__(self): return 2
    def __rmul__(self, o): return ("I.rmul", o)
class J:
    def __index__(self): return 2
print([1] * I(), "ab" * I(), (1,) * I(), b"c" * I(), [1] * J(), J() * "ab")
L = [1]; L *= I(); print(L)
class NoR:
    def __radd__(self, o): return NotImplemented
for a in ["s", [1], (1,), b"b"]:
    try: print(a + NoR())
    except TypeError as e: print("TypeError", e)
L = [1]
try:
    L += NoR()
except TypeError as e:
    print("TypeError", e)
from collections import UserList, UserString
print("spam" + UserList([1]), [0] + UserList([1]), (0,) + UserList([1]))
print("x" + UserString("y"), type("x" + UserString("y")).__name__)
class MyList(list):
    def __radd__(self, o): return "MyList.radd"
print([1] + MyList([2]), (1,) + MyList([2]))
