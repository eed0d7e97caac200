# __index__ and __int__ returning a strict subclass of int (a bool, a subclass) are accepted with a
# DeprecationWarning wherever PyNumber_Index / PyNumber_Long convert: int(), operator.index, list
# and str indexing, range, hex, float(), struct, math.
import math, operator, struct, warnings
warnings.simplefilter("always")

class K(int):
    pass

class I:
    def __index__(self):
        return True

class J:
    def __int__(self):
        return True

class L:
    def __index__(self):
        return K(7)

class T:
    def __trunc__(self):
        return True

uses = [("operator.index", operator.index), ("int", int), ("list[x]", lambda x: [1, 2, 3][x]),
        ("range", range), ("hex", hex), ("str * x", lambda x: "ab" * x), ("float", float),
        ("struct.pack", lambda x: struct.pack("i", x)), ("math.factorial", math.factorial),
        ("bytes", bytes), ("slice", lambda x: "abcdefghij"[x:]), ("round", lambda x: round(2.5, x))]
for name, f in uses:
    for c in (I, J, L, T):
        with warnings.catch_warnings(record=True) as w:
            try:
                r = f(c())
                print(name, c.__name__, repr(r), type(r).__name__, [str(x.message) for x in w])
            except Exception as e:
                print(name, c.__name__, type(e).__name__, e, [str(x.message) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for c in (I, J):
        try:
            int(c())
        except DeprecationWarning as e:
            print("error:", e)
