# list.sort / sorted on lists longer than one insertion run: stability, reverse, keys raising part
# way, list modification by a key, sorts nested inside comparisons and keys, presorted input.
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed

g = lcg(7)
for n in (0, 1, 2, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 4099):
    data = [(next(g) % 13, i) for i in range(n)]
    by_first = sorted(data, key=lambda t: t[0])
    stable = all(a[0] < b[0] or (a[0] == b[0] and a[1] < b[1]) for a, b in zip(by_first, by_first[1:]))
    rev = sorted(data, key=lambda t: t[0], reverse=True)
    rstable = all(a[0] > b[0] or (a[0] == b[0] and a[1] < b[1]) for a, b in zip(rev, rev[1:]))
    whole = sorted(data)
    print(n, stable, rstable, whole == sorted(data, key=lambda t: t), by_first[:3], rev[-3:])

# presorted, reversed, and sawtooth input
for seq in (list(range(500)), list(range(500, 0, -1)), [i % 37 for i in range(600)]):
    s = sorted(seq)
    print(s[:5], s[-5:], s == sorted(seq, reverse=True)[::-1])

# a key that raises part way leaves the list as it was
items = [next(g) % 1000 for _ in range(300)]
copy = list(items)
def bad_key(x, seen=[]):
    seen.append(x)
    if len(seen) == 150:
        raise KeyError("key failed")
    return -x
for rev in (False, True):
    try:
        items.sort(key=bad_key, reverse=rev)
    except KeyError as e:
        print("KeyError", e, items == copy)

# a comparison that raises part way: the exception propagates, no item is lost or duplicated
class Fussy:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Fussy.calls += 1
        if Fussy.calls == 2000:
            raise ArithmeticError("comparison failed")
        return self.v < other.v
fs = [Fussy(next(g) % 500) for _ in range(400)]
before = sorted(id(f) for f in fs)
try:
    fs.sort()
except ArithmeticError as e:
    print("ArithmeticError", e, sorted(id(f) for f in fs) == before)

# mixed types raise TypeError from deep inside a long sort
mixed = list(range(200)) + ["x"] + list(range(200))
try:
    mixed.sort()
except TypeError as e:
    print(e)

# a key that appends to the list being sorted
victim = list(range(100))
def grow(x):
    if x == 50:
        victim.append(-1)
    return x
try:
    victim.sort(key=grow)
except ValueError as e:
    print(e, len(victim), victim[:3])

# sorts nested in comparisons and keys
class Nested:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return sorted([other.v, self.v])[0] == self.v and self.v != other.v
ns = sorted(Nested(next(g) % 50) for _ in range(120))
print([n.v for n in ns][:10], all(a.v <= b.v for a, b in zip(ns, ns[1:])))
words = ["w%d" % (next(g) % 97) for _ in range(200)]
print(sorted(words, key=lambda w: sorted(w, reverse=True))[:6])

# equal keys keep their order through many merges
recs = [(i % 3, i) for i in range(3000)]
out = sorted(recs, key=lambda r: r[0])
print(out[998:1002], out[1999:2003], [r[1] for r in out[:3]], [r[1] for r in out[-3:]])

# key kinds: all ints (with huge ones mixed in), tuples led by ints with ties broken later,
# tuples led by a bool or a float somewhere, empty tuples, a tuple whose tail needs __lt__
ints = [(next(g) % 2001) - 1000 for _ in range(700)]
print(sorted(ints)[:5], sorted(ints, reverse=True)[:5], sorted(ints + [2**80, -2**80])[::350])
tups = [(next(g) % 5, "s%d" % (next(g) % 50), i) for i in range(600)]
st = sorted(tups)
print(st[:3], st[-3:], all(a <= b for a, b in zip(st, st[1:])))
mixed_lead = [(True, 1), (0, 2), (1, 0), (0.5, 9), (1, -1), (False, 3)] * 20
print(sorted(mixed_lead)[:8])
print(sorted([(), (1,), (0, 0), ()] * 10)[:6])
class Tail:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "T%d" % self.v
tails = [(i % 3, Tail(i)) for i in range(60)]
print(sorted(tails)[:5])
try:
    sorted([(1, 2), (1, "x"), (0, 1)] * 20)
except TypeError as e:
    print(e)
