# itertools objects pickle and copy (3.10's __reduce__/__setstate__): each protocol's bytes (0-3;
# 4 and 5 round-trip), positions after some items, copy.copy, exhausted objects, and setstate errors.
import copy
import itertools
import operator
import pickle
import re

MAKERS = [
    ("count", lambda: itertools.count(5)),
    ("count_step", lambda: itertools.count(1.5, 0.5)),
    ("repeat", lambda: itertools.repeat("x", 3)),
    ("cycle", lambda: itertools.cycle("abc")),
    ("islice", lambda: itertools.islice(range(10), 1, 8, 2)),
    ("islice_nostop", lambda: itertools.islice("abcdefgh", 2, None)),
    ("chain", lambda: itertools.chain("ab", "cd")),
    ("chain_from", lambda: itertools.chain.from_iterable(["ab", "cd"])),
    ("accumulate", lambda: itertools.accumulate([1, 2, 3, 4])),
    ("accumulate_initial", lambda: itertools.accumulate([1, 2, 3], operator.mul, initial=10)),
    ("compress", lambda: itertools.compress("abcde", [1, 0, 1, 1, 0])),
    ("dropwhile", lambda: itertools.dropwhile(bool, [1, 0, 2, 0])),
    ("takewhile", lambda: itertools.takewhile(bool, [1, 2, 0, 3])),
    ("filterfalse", lambda: itertools.filterfalse(None, [0, 1, 0, 2, 0])),
    ("starmap", lambda: itertools.starmap(pow, [(2, 3), (3, 2), (2, 2)])),
    ("zip_longest", lambda: itertools.zip_longest("ab", "wxyz", fillvalue="-")),
    ("product", lambda: itertools.product("ab", repeat=2)),
    ("product2", lambda: itertools.product((1, 2), "xy")),
    ("permutations", lambda: itertools.permutations("abc", 2)),
    ("combinations", lambda: itertools.combinations("abcd", 2)),
    ("cwr", lambda: itertools.combinations_with_replacement("abc", 2)),
    ("groupby", lambda: itertools.groupby("aabbbc")),
]


def shape(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))


def take(it, name):
    if name == "groupby":
        return [(k, list(g)) for k, g in it]
    return list(itertools.islice(it, 8))


for name, make in MAKERS:
    for skip in (0, 2):
        it = make()
        for _ in range(skip):
            next(it, None)
        out = []
        for proto in range(6):
            p = pickle.dumps(it, proto)
            out.append(f"{proto}:{p.hex() if proto < 4 else ''}:{take(pickle.loads(p), name)}")
        print(name, skip, type(it).__name__, shape(it.__reduce__()))
        print("   copy", take(copy.copy(it), name), "original", take(it, name))
        for o in out:
            print("  ", o)
    it = make()
    take(it, name)
    print("   exhausted", shape(it.__reduce__()), take(pickle.loads(pickle.dumps(it)), name))

# a group keeps its place in the pickle of its groupby
g = itertools.groupby("aabbbc")
k, grp = next(g)
k2, grp2 = next(g)
print(k2, list(pickle.loads(pickle.dumps(grp2))), shape(grp.__reduce__()))
print(pickle.dumps(grp2, 2).hex())

for make, state in [
    (lambda: itertools.cycle("ab"), (["x", "y"], 1)),
    (lambda: itertools.islice(range(10), 2, 6), 3),
    (lambda: itertools.accumulate([1, 2, 3]), 100),
    (lambda: itertools.takewhile(bool, [1, 2]), True),
    (lambda: itertools.dropwhile(bool, [1, 0, 2]), 1),
    (lambda: itertools.zip_longest("a", "bc"), "*"),
    (lambda: itertools.chain(), (iter("xy"),)),
    (lambda: itertools.chain(), (iter("xy"), iter("z"))),
    (lambda: itertools.product("ab", "cd"), (1, 0)),
    (lambda: itertools.product("ab", "cd"), (-3, 9)),
    (lambda: itertools.combinations("abcd", 2), (1, 9)),
    (lambda: itertools.combinations_with_replacement("abc", 2), (2, -1)),
    (lambda: itertools.permutations("abc", 2), ((2, 0, 1), (1, 1))),
]:
    it = make()
    it.__setstate__(state)
    print(type(it).__name__, shape(state), take(it, ""))

for make, state in [
    (lambda: itertools.cycle("ab"), "x"), (lambda: itertools.cycle("ab"), ("x", 1)), (lambda: itertools.cycle("ab"), ([], 1, 2)),
    (lambda: itertools.chain(), "x"), (lambda: itertools.chain(), ("x",)), (lambda: itertools.chain(), ()),
    (lambda: itertools.islice("ab", 1), "x"), (lambda: itertools.product("ab"), (1, 2)), (lambda: itertools.product("ab"), ("x",)),
    (lambda: itertools.combinations("ab", 1), [0]), (lambda: itertools.permutations("ab"), "x"),
    (lambda: itertools.permutations("ab"), ((0, 1),)), (lambda: itertools.permutations("ab"), ((0,), (1,))),
    (lambda: itertools.groupby("ab"), (1, 2)),
]:
    try:
        make().__setstate__(state)
        print("ok", state)
    except Exception as e:
        print(type(e).__name__, e)

# tee: the chunks of 57 values CPython links (teedataobject) are what its pickles hold

a, b = itertools.tee(range(200))
for _ in range(60): next(a)
print(shape(a.__reduce__()))
r = a.__reduce__()[2][0].__reduce__()
print(len(r[1][1]), type(r[1][2]).__name__)
for _ in range(120): next(a)
r = b.__reduce__()[2][0].__reduce__(); print(len(r[1][1]), r[1][2] is not None)
for proto in range(6):
    p = pickle.dumps((a, b), proto)
    a2, b2 = pickle.loads(p)
    print(proto, p.hex() if proto < 4 else "", list(a2)[:3], next(b2), len(list(b2)))
for args in [(iter([]), [1]*58, None), (iter([]), [1]*57, 5), (iter([]), [1], itertools.tee([])[0].__reduce__()[2][0]), (iter([]), (1,), None)]:
    try: itertools._tee_dataobject(*args); print("ok")
    except Exception as e: print(type(e).__name__, e)
t = itertools._tee(())
for st in [(1, 2), ("x",), (a.__reduce__()[2][0], 58), (a.__reduce__()[2][0], -1)]:
    try: t.__setstate__(st); print("ok")
    except Exception as e: print(type(e).__name__, e)
x, y = itertools.tee("abc")
next(x)
print(list(pickle.loads(pickle.dumps(x))), list(copy.copy(y)), list(y), list(x))
c1, c2 = itertools.tee(iter("hello world"), 2)
next(c1); next(c1)
c3 = copy.copy(c1)
both = pickle.loads(pickle.dumps([c1, c2, c3]))
print([list(t) for t in both])
