# set and frozenset of small ints: printing order, operators, methods, comparisons, and errors.
a = {5, 3, 1, 9, 7}
b = {1, 2, 3, 4}
print(a, b, set(), frozenset(), set([3, 3, 1]), frozenset(range(5)), {0, 1, 2, 100, 64, 32})
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 3} <= a, {1, 3} < a, a >= {9}, a > a, a == {1, 3, 5, 7, 9})
print(a.union(b, [20]), a.intersection(b, {1}), a.difference([1], (3,)), a.symmetric_difference(range(4)), a.issubset(range(10)), a.issuperset([]), a.isdisjoint({2}))
c = set(a)
c.add(11); c.discard(99); c.discard(5); c.remove(9)
print(c, c.pop() in a, len(c))
c.update([40, 41], {42}); print(c)
c.intersection_update(range(41)); print(c)
c.difference_update({40}); print(c)
c.symmetric_difference_update({1, 2, 3}); print(c)
c |= {50}; c &= {1, 2, 50, 60}; c -= {2}; c ^= {7}; print(c)
c.clear(); print(c)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: set().pop()))
print(err(lambda: {1}.remove(2)))
print(err(lambda: {[]}))
print(err(lambda: {1} + {2}))
print(err(lambda: {1} | [2]))
print(err(lambda: frozenset({1}).add(2)))
print(err(lambda: {1} < [1]))
print(err(lambda: {{1}}))
print({frozenset({1, 2}), frozenset({2, 1})}, frozenset({1}) | {2}, type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()), {1.0, 1, True}, {0, False, 0.0}, len({1, 1.0, True, 2}))
print(sorted({3, 1, 2}), max({3, 1}), sum({1, 2}), 3 in a, 4 not in a, list(a), tuple(b), sorted(n for n in dir(set) if not n.startswith("_")))
