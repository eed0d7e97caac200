# __index__, __int__, __float__ and how builtins use them (operator.index, hex, range, slicing).
import operator
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
i = Idx(5)
print(operator.index(i), hex(i), bin(i), oct(i), list(range(i)), [0, 1, 2, 3, 4, 5, 6][i], "abcdefg"[Idx(1):Idx(4)])
print((10).to_bytes(Idx(2), "big"), [1, 2] * Idx(3), bytes(Idx(3)), "ab" * Idx(2))
class BadIdx:
    def __index__(self):
        return "x"
print(err(lambda: operator.index(BadIdx())))
print(err(lambda: operator.index(1.5)))
lst = [1, 2]
print(err(lambda: lst[1.0]))
print(err(lambda: "abc"[None:1.0]))
print(err(lambda: hex(1.5)))
print(err(lambda: range(1.5)))
class F:
    def __float__(self):
        return 2.5
class I:
    def __int__(self):
        return 3
print(float(F()), int(I()), err(lambda: int(F())), err(lambda: float(I())), err(lambda: range(I())))
print(operator.index(True), operator.index(2 ** 70), True.__index__())
