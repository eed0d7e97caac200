# str * int and int * str in loops hot enough for the compiled tier: empty and negative counts,
# a str whose ends would join into a false pair when repeated, subclasses and bools.
class S(str):
    def __mul__(self, n):
        return "S.__mul__(%d)" % n


class N(int):
    def __rmul__(self, s):
        return "N.__rmul__(%r)" % s


def run():
    out = []
    for i in range(400):
        k = i % 7 - 2
        out.append(("ab" * k, k * "c", "" * k, "\udc00\ud800" * (k if k > 0 else 0)))
    return out


res = run()
print(res[:8])
print(sum(len(a) + len(b) + len(d) for a, b, c, d in res))
print([len("\udc00\ud800" * n) for n in range(4)], repr("\udc00\ud800" * 3))
t = []
for i in range(300):
    t.append((S("x") * 2, "y" * N(2), "z" * True, False * "w"))
print(t[0], len(t))
try:
    for i in range(300):
        "q" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    for i in range(300):
        "q" * (2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
