# + - * / of every pairing of exact floats, small and big ints, bools and a float subclass, in a
# function hot enough for the compiled tier: each float/int pairing has its own inline branch there,
# and division by 0, 0.0 or -0.0, signed zeros and the subclass's own operators go the slow path.
class F(float):
    def __add__(s, o): return "F+"
    def __radd__(s, o): return "+F"
    def __mul__(s, o): return "F*"
    def __rtruediv__(s, o): return "/F"

def ops(a, b):
    out = []
    for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b):
        try:
            r = op()
            out.append(repr(r) if type(r) is not str else r)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

def direct(a, b):
    r = []
    for _ in range(3):
        try:
            r = [a + b, a - b, a * b]
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
    return r

vals = [1.5, -0.0, 0.0, 0, 3, -7, 2**53, 2**70, True, False, F(2.5), float("inf"), float("nan"), 1e308]
for _ in range(200):
    rows = [(a, b, direct(a, b)) for a in vals for b in vals if not isinstance(a, F) and not isinstance(b, F)]
for a, b, r in rows:
    print(repr(a), repr(b), [repr(x) if not isinstance(x, str) else x for x in r])
for a in vals:
    for b in vals:
        print(repr(a), repr(b), ops(a, b))
