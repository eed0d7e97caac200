# Dicts keyed by tuples and other non-str keys: lookups compare hashes before asking __eq__ (never
# for a key of another hash, even one equal in its low bits), equal numbers of different types are
# one key, and deletions, re-insertions and copies keep the index right.
from fractions import Fraction

calls = []


class K:
    def __init__(self, h, tag):
        self.h, self.tag = h, tag

    def __hash__(self):
        calls.append(("hash", self.tag))
        return self.h

    def __eq__(self, other):
        calls.append(("eq", self.tag, getattr(other, "tag", other)))
        return isinstance(other, K) and self.h == other.h

    def __repr__(self):
        return "K(%d, %s)" % (self.h, self.tag)


# hashes differing only above bit 32, or only in sign, or colliding in their halves' xor
hs = [5, 5 + 2 ** 32, -5, 2 ** 40 + 2 ** 8, 2 ** 8 + 2 ** 40 * 2, (1 << 62) + 7, -(1 << 62) - 7, 2 ** 61 - 1, 2 ** 61, 2 ** 63 - 1]
d = {}
for i, h in enumerate(hs):
    d[K(h, "a%d" % i)] = i
print(len(d), calls.count(("hash", "a0")), [c for c in calls if c[0] == "eq"])
calls.clear()
for i, h in enumerate(hs):
    assert d[K(h, "b%d" % i)] == i
print([c for c in calls if c[0] == "eq"])
calls.clear()
print(K(5 + 2 ** 33, "c") in d, [c for c in calls if c[0] == "eq"])
calls.clear()
del d[K(5, "d")]
print(len(d), K(5, "e") in d, K(5 + 2 ** 32, "f") in d, [c[1:] for c in calls if c[0] == "eq"])
calls.clear()
d[K(5, "g")] = "back"
print(list(d.values()), [c[1:] for c in calls if c[0] == "eq"])

# equal numbers are one key; Fraction and Decimal-like objects find int keys
e = {1: "int", 2.5: "float", (1, 2): "tuple", ("x", (3, 4.0)): "nested", None: "none", frozenset({1}): "fs"}
print(e[1.0], e[True], e[Fraction(5, 2)], e[(1.0, 2)], e[(True, 2.0)], e[("x", (3.0, 4))], e[None], e[frozenset([1.0])])
print(Fraction(1) in e, (1, 2, 3) in e, (2, 1) in e)
e[Fraction(2, 2)] = "fraction"
e[(1.0, 2.0)] = "tuple again"
print(e, len(e))
del e[1.0]
del e[(1, 2)]
print(e, 1 in e, (1, 2) in e)
e[1] = "new int"
e[(1, 2)] = "new tuple"
print(list(e.items()))

# tuple keys at scale: grid coordinates, memo tables, deletion of half, copies
grid = {(x, y): x * y for x in range(-20, 20) for y in range(-20, 20)}
print(len(grid), grid[(3, -4)], grid[(-20, 19)], sum(grid.values()))
for x in range(-20, 20, 2):
    for y in range(-20, 20):
        del grid[(x, y)]
print(len(grid), (2, 3) in grid, (3, 3) in grid, grid.get((-19, -19)))
for x in range(-20, 20, 4):
    grid[(x, 0)] = "again"
print(len(grid), list(grid.items())[-3:])
g2 = dict(grid)
g3 = {**grid, (100, 100): 1}
g4 = grid.copy()
print(g2 == grid, g3 == grid, g4 == grid, len(g3), g2[(-20, 0)], g3[(100, 100)], g4[(1, 1)])
print(dict.fromkeys({(1, 2), (3, 4), "s", 5}, 0) == {(1, 2): 0, (3, 4): 0, "s": 0, 5: 0})
print(sorted(set(grid) & {(1, 1), (2, 2), (-19, 5)}), {(1, 2): 3}.keys() | {(4, 5)} == {(1, 2), (4, 5)})
memo = {}


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]


print(paths(16, 16), len(memo))
print(hash((1, 2)) == hash((1.0, 2)), hash((1, (2, 3))) == hash((1, (2.0, 3))), hash(()) == hash(tuple()))
