# + and * on builtin sequences and their subclasses are sq_concat/sq_repeat slots, tried after
# the number slots. A class statement that defines __mul__/__rmul__ (or __add__) gets a number slot
# that calls whatever those names find (str's __rmul__ converting its operand with __index__) and
# loses the sequence slot; a list subclass's inherited += comes before the other operand's __radd__.
import array, collections

class S(str): pass
class SM(str):
    def __mul__(self, o): return NotImplemented
class SR(str):
    def __rmul__(self, o): return "SR.rmul"
class SA(str):
    def __add__(self, o): return NotImplemented
class SRA(str):
    def __radd__(self, o): return "SRA.radd"
class L(list): pass
class LM(list):
    def __mul__(self, o): raise KeyError("LM.mul")
class LI(list):
    def __iadd__(self, o): return NotImplemented
class LIM(list):
    def __imul__(self, o): return NotImplemented
class T(tuple): pass
class TA(tuple):
    def __add__(self, o): return "TA.add"
class BA(bytearray):
    def __mul__(self, o): return NotImplemented
class D(collections.deque): pass
class Idx:
    def __index__(self): return 2
class R:
    def __radd__(self, o): return "R.radd"
    def __rmul__(self, o): return "R.rmul"
class RN:
    def __radd__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class NumL(list):
    def __radd__(self, o): return "NumL.radd"

left = {"'ab'": "ab", "S": S("x"), "SM": SM("x"), "SR": SR("x"), "SA": SA("x"), "[1]": [1], "L": L([1]), "LM": LM([1]),
        "LI": LI([1]), "LIM": LIM([1]), "(1,)": (1,), "T": T((1,)), "TA": TA((1,)), "bytearray": bytearray(b"q"), "BA": BA(b"q"),
        "deque": collections.deque([1]), "D": D([1]), "array": array.array("b", [1])}
right = {"2": 2, "1.5": 1.5, "Idx": Idx(), "R": R(), "RN": RN(), "'cd'": "cd", "SM": SM("y"), "SRA": SRA("y"), "[2]": [2],
         "LM": LM([2]), "NumL": NumL([2]), "None": None}

def attempt(f):
    try:
        r = f()
        return repr(list(r) if isinstance(r, (collections.deque, array.array)) else r)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def inplace(a, op, b):
    x = type(a)(a) if not isinstance(a, str) else a
    if op == "+=":
        x += b
    else:
        x *= b
    return x

for ln, a in left.items():
    for rn, b in right.items():
        print(ln, "+", rn, "->", attempt(lambda: a + b))
        print(rn, "+", ln, "->", attempt(lambda: b + a))
        print(ln, "*", rn, "->", attempt(lambda: a * b))
        print(rn, "*", ln, "->", attempt(lambda: b * a))
        print(ln, "+=", rn, "->", attempt(lambda: inplace(a, "+=", b)))
        print(ln, "*=", rn, "->", attempt(lambda: inplace(a, "*=", b)))
