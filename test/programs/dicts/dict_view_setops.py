# dict_keys and dict_items as sets: their operators take any iterable on either side (no
# NotImplemented), results are sets in setobject.c's order, and comparisons follow dictview_richcompare.
d = {1: "a", 2: "b", 3: "c", 9: "i"}
e = {2: "b", 3: "x", 17: "q"}
k, ke = d.keys(), e.keys()
print(k | ke, ke | k, k & ke, ke & k, k - ke, ke - k, k ^ ke, ke ^ k)
print(k | [40], [40] | k, k & [3, 9, 100], (9, 1) & k, k - [1], range(5) - k, k ^ (1, 50), [50] ^ k)
print(k & {1, 2, 3, 9, 33}, {1, 33} & k, k - {1}, {1, 33} - k, {33} | k, k ^ {9})
i, ie = d.items(), e.items()
print(sorted(i & ie), sorted(i - ie), sorted(i ^ ie), sorted(ie ^ i), sorted(i | [(5, 5)]))
print(k == {1, 2, 3, 9}, k != {1}, k < {1, 2, 3, 9, 10}, k <= k, k > {1}, k >= {1, 2, 3, 9}, k == [1, 2, 3, 9])
print(i == {(1, "a"), (2, "b"), (3, "c"), (9, "i")}, i > {(1, "a")}, k == e.keys(), {}.keys() == set())
print(k.isdisjoint([5, 6]), k.isdisjoint({9}), k.isdisjoint(ke), i.isdisjoint([(1, "a")]), {}.keys().isdisjoint({}.keys()))
big = dict.fromkeys(range(0, 60, 3))
print(big.keys() - {3}, big.keys() - set(range(57)), {0, 64} & big.keys(), big.keys() & {0, 64})

def err(f):
    try:
        return f()
    except Exception as ex:
        return f"{type(ex).__name__}: {ex}"
print(err(lambda: k | 1), err(lambda: 1 | k), err(lambda: k - 1), err(lambda: 1 - k), err(lambda: k ^ 1), err(lambda: k & 1))
print(err(lambda: k < 1), err(lambda: k | [[]]), err(lambda: d.values() | 1), err(lambda: k.isdisjoint(1)))
