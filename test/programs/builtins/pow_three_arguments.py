# pow(base, exp, mod) tries base's __pow__, then exp's, then mod's: complex's refuses a modulus
# with ValueError once both operands convert, float's with TypeError at once, int's computes.
class P:
    def __pow__(self, o, m=None):
        return ("P.__pow__", m)

    def __rpow__(self, o, m=None):
        return ("P.__rpow__", m)


class Q:
    def __pow__(self, o, m=None):
        return NotImplemented

    def __rpow__(self, o, m=None):
        return ("Q.__rpow__", m)


class F(float):
    pass


class I(int):
    def __pow__(self, o, m=None):
        return NotImplemented


class C(complex):
    pass


def name(x):
    return type(x).__name__ if type(x).__module__ == "__main__" else repr(x)


cases = [
    (2, 1j, 3), (2j, 1, 3), (2, 1, 3j), (1j, 1j, 1j), (2.0, 1, 3), (2, 1.0, 3), (2, 1, 3.0),
    (2.0, "a", 3), ("a", 2.0, 3), (2, "a", 3.0), (2, 3, "a"), (2, 3, 5), (True, 3, 5), (1j, "a", 3),
    ("a", 1j, 3), (2, "a", 1j), (P(), 2, 3), (2, P(), 3), (2, 3, P()), (Q(), 2, 3), (2, Q(), 3),
    (2, 3, Q()), (F(2), 2, 3), (I(2), 2, 5), (I(2), I(3), 5), (2, 2.5j, 1.5), (1.5, 2, 3j),
    ("x", "y", 1j), (None, None, None), (C(2), 2, 3), (2, 3, C(1)), (2, -1, 5), (2, 3, 0),
]
for v, w, z in cases:
    label = f"pow({name(v)}, {name(w)}, {name(z)})"
    try:
        print(label, "->", pow(v, w, z))
    except Exception as e:
        print(label, type(e).__name__, e)

for f in ["(2.0).__pow__(2, 3)", "(2.0).__rpow__(2, 3)", "(2).__pow__(2.0, 3)", "(2j).__pow__(1, 3)",
          "(2j).__rpow__(1, 3)", "(2j).__pow__('a', 3)", "(2).__pow__(3, 5)", "(2).__rpow__(3, 5)"]:
    try:
        print(f, "->", eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)
