# list.sort when a comparison raises part-way: CPython's timsort leaves the list in the order it
# had reached (a merge puts its saved half back first), reversed back for reverse=True; a key
# function that raises leaves the list as it was. The comparisons themselves come in timsort's
# order, so a __lt__ that counts or logs sees the same calls.
import random


class Boom(Exception):
    pass


class Key:
    __slots__ = ("v", "log")
    limit = None
    calls = 0

    def __init__(self, v, log=None):
        self.v = v
        self.log = log

    def __lt__(self, other):
        Key.calls += 1
        if self.log is not None:
            self.log.append((self.v, other.v))
        if Key.limit is not None and Key.calls > Key.limit:
            raise Boom(Key.calls)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


def run(values, limit, reverse=False, key=False, log=None):
    Key.calls = 0
    Key.limit = limit
    items = [Key(v, log) for v in values]
    try:
        if key:
            items.sort(key=lambda k: Key(k.v, log), reverse=reverse)
        else:
            items.sort(reverse=reverse)
        outcome = "ok"
    except Boom as e:
        outcome = f"Boom({e})"
    Key.limit = None
    return outcome, [k.v for k in items]


def digest(vals):
    h = 0
    for v in vals:
        h = (h * 1000003 + v + 1) % (1 << 61)
    return h


# small lists: every stopping point
small = [5, 3, 9, 1, 5, 7, 2, 8, 6, 0, 4, 5]
total = run(small, None)
print("small", total)
for limit in range(0, Key.calls + 1):
    for reverse in (False, True):
        print(limit, reverse, run(small, limit, reverse))
log = []
run(small, None, log=log)
print("small comparisons", log)

# larger lists: runs, binary insertion to minrun, merges with galloping (merge_lo and merge_hi)
rng = random.Random(1234)
shapes = {
    "random": [rng.randrange(1000) for _ in range(600)],
    "ascending runs": sorted(rng.randrange(100) for _ in range(300)) + sorted(rng.randrange(100) for _ in range(200)) + [rng.randrange(100) for _ in range(150)],
    "descending runs": sorted((rng.randrange(50) for _ in range(400)), reverse=True) + list(range(300)),
    "few distinct": [rng.randrange(4) for _ in range(700)],
    "gallop": list(range(0, 2000, 2)) + list(range(1, 400, 2)) + list(range(2000, 1000, -1)),
}
for name, values in shapes.items():
    outcome, result = run(values, None)
    calls = Key.calls
    print(name, len(values), outcome, calls, result == sorted(values))
    for limit in sorted({1, 10, 63, 64, 200, calls // 3, calls // 2, calls - 5, calls - 1}):
        for reverse in (False, True):
            out, result = run(values, limit, reverse)
            print(" ", limit, reverse, out, digest(result), result[:8], result[-4:])
    out, result = run(values, calls // 2, key=True)
    print("  key", out, digest(result), result[:8])

# a raising key function leaves the list untouched, reverse or not, and is called in list order
seen = []
def bad_key(x):
    seen.append(x)
    if len(seen) == 4:
        raise Boom("key")
    return x
data = [3, 1, 2, 9, 0, 7]
for reverse in (False, True):
    seen.clear()
    try:
        data.sort(key=bad_key, reverse=reverse)
    except Boom as e:
        print("key raised", e, data, seen)

# a comparison that raises while also changing the list: the exception wins, the change is dropped
class Meddler:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(0)
        raise Boom("meddled")
lst = []
lst.extend(Meddler(i, lst) for i in range(5))
try:
    lst.sort()
except Exception as e:
    print(type(e).__name__, e, [m.v for m in lst])
# the same change without an exception is reported
class Quiet:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
lst = []
lst.extend(Quiet(i, lst) for i in (3, 1, 2))
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, [q.v for q in lst])

# sorted() never exposes its copy, but the comparisons happen in the same order
log = []
try:
    Key.calls = 0
    Key.limit = 20
    sorted([Key(v, log) for v in small])
except Boom as e:
    print("sorted raised", e, log[-3:])
Key.limit = None

# keys all of one class compare through its own __lt__ first (unsafe_object_compare): a
# NotImplemented answer then takes the full comparison, so __lt__ runs twice; mixed classes once
calls = []
class NI:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return NotImplemented
    def __gt__(self, other):
        calls.append(("gt", self.v, other.v))
        return self.v > other.v
    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v
    __hash__ = None
class NI2(NI):
    pass
for label, items in [
    ("same class", [NI(3), NI(1), NI(2)]),
    ("mixed classes", [NI(3), NI2(1), NI(2)]),
    ("tuples", [(NI(1), 1), (NI(0), 2), (NI(1), 0)]),
    ("tuples mixed", [(NI(1), 1), (NI2(0), 2)]),
    ("keys", [3, 1, 2]),
]:
    calls.clear()
    if label == "keys":
        print(label, sorted(items, key=NI), calls)
    else:
        out = sorted(items, key=None)
        print(label, [x.v if isinstance(x, NI) else (x[0].v, x[1]) for x in out], calls)
