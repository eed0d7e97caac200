# Rich comparisons of ints, floats (signed zeros, NaN, infinities), bools, big ints and strs
# (astral vs BMP code points) in every mix, and a float subclass's own __lt__ winning.
nan = float("nan"); inf = float("inf")
vals = [0, 1, -1, 2**53 - 1, 0.0, -0.0, 1.5, nan, inf, -inf, True, 2**60, "a", "b", "\U0001f600", "\uffff", ""]
for a in vals:
    row = []
    for b in vals:
        try: row.append("".join("1" if r else "0" for r in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
        except TypeError as e: row.append("T")
    print(" ".join(row))
class F(float):
    def __lt__(s, o): return "custom"
print(F(1.0) < 2.0, 2.0 > F(1.0), 1.0 < F(2.0))
