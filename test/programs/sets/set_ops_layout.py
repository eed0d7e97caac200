# The order of sets built by operators and methods follows setobject.c's table: which operand is
# copied or walked, pre-sizing in update, dummies left by discard and the resize after
# difference_update. Only small non-negative ints, whose order is the same on 32- and 64-bit builds.
a = {5, 3, 1, 9, 7}
b = {1, 2, 3, 4}
big = set(range(0, 64, 3))
print(a - b, a.difference([1], (3,)), a.difference(b, {9}), b - a, a - {1})
print(big - {3, 6}, big - set(range(60)), big.difference({}.fromkeys([3, 6])), big.difference({0: 1}))
print(a & b, b & a, a.intersection([9, 7, 40]), a.intersection(), a.intersection(b, [1, 3]), big & {33, 9, 17})
print(a ^ b, b ^ a, a.symmetric_difference([1, 2, 17]), a ^ set(), {1, 2} ^ {18, 34})
print(a | b, b | a, {33} | {1}, {1} | {33}, a.union(), a.union([17], [33]))

# Collisions: 8, 16, 24 and 32 share slot 0 of an 8-slot table.
c = {8, 16}
c.add(24); c.add(0); print(c)
c.discard(16); print(c, list(c))
c.add(40); print(c)
c.add(16); print(c)
print(c - {0}, {0} | c, c & {24, 40, 0}, c ^ {8})

# difference_update resizes away dummies; discard and remove never do.
d = set(range(20))
for i in range(0, 20, 2):
    d.discard(i)
d.add(36); d.add(4); print(d)
e = set(range(20))
e.difference_update(range(0, 20, 2))
e.add(36); e.add(4); print(e)
f = set(range(30))
f -= set(range(5, 25))
f.add(64); f.add(96); print(f)

# pop walks from a finger that survives clear(); popping then adding reuses dummies.
g = {1, 9, 17, 2}
print(g.pop(), g.pop(), g)
g.add(25); g.add(1); print(g)
g.clear(); g.update([3, 11, 19]); print(g.pop(), g)

# copies keep the layout; update from a set, a dict, and a list.
h = set()
h.add(32); h.add(0); h.add(16)
print(h, h.copy(), set(h), frozenset(h), set().union(h))
k = {7}
k.update({15: None, 23: None, 1: None}); print(k)
k.update([39, 31]); print(k)
k.update({47, 55}); print(k)
print({x for x in range(40, 0, -5)}, {x % 7 for x in range(30)}, set(reversed(range(12))))

# in-place operators keep the receiver's table.
m = {16, 8, 0}
m |= {24}; print(m)
m &= {24, 8, 0, 3}; print(m)
m ^= {0, 32}; print(m)
m -= {8}; print(m)
n = {1, 2, 3}
n.intersection_update([3, 2, 5], {3, 2}); print(n)
n.symmetric_difference_update({9: 1, 2: 1}); print(n)

# Subclasses: results are plain sets (or frozensets); frozenset.copy is the same object.
class S(set):
    pass
class F(frozenset):
    pass
s = S([3, 1, 2])
fz = frozenset([1, 2])
print(s, type(s | {4}).__name__, type(s - {1}).__name__, type(s.copy()).__name__, type(F([1]) & {1}).__name__)
print(fz.copy() is fz, frozenset(fz) is fz, F(fz) is fz, type(F([1]).copy()).__name__)
print(set.__ror__({1}, {2}), type({1}.__rsub__(frozenset({1, 2}))).__name__, {1}.__rsub__(frozenset({1, 2})))

# A set used as a key or member is looked up as a frozenset.
t = {frozenset({1, 2}), 3}
print({1, 2} in t, {2, 1} in t, {9} in t)
t.discard({1, 2}); print(t)
try:
    t.remove({5})
except KeyError as e:
    print("KeyError", e)

# __reduce__ and copying
import copy
print({3, 1}.__reduce__(), S([2]).__reduce__()[0].__name__, S([2]).__reduce__()[1:], copy.copy({4, 2}), copy.deepcopy({5: {6}}))

# Iterators: size changes are noticed (and stay noticed), a same-size resize is not.
it = iter({1, 2, 3})
print(next(it), it.__length_hint__())
p = {1, 2, 3}
it = iter(p)
next(it)
p.add(4)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
q = {1, 2}
it = iter(q)
q.add(3); q.discard(3)
print(list(it))

# Messages
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: set(x=1)), err(lambda: set(1, 2)), err(lambda: frozenset(1, 2)), err(lambda: frozenset(x=1)))
print(err(lambda: S(1, 2)), err(lambda: set().union(x=1)), err(lambda: set().add()), err(lambda: set().isdisjoint(1)))
print(err(lambda: set() <= 1), err(lambda: set().issubset(1)), err(lambda: {1}.remove([])), err(lambda: {1} | [2]))
print(err(lambda: {1}.update(1)), err(lambda: {[]}), err(lambda: set().pop()), err(lambda: {1}.difference_update([[]])))

# Constant displays: the compiler's frozenset is built twice (ast_opt.c, then merge_consts), and the
# running code sees the second table.
print([x for x in {7, 15, 23}], [x for x in {0, 8, 16, 24, 32, 40}], {7, 15, 23}, {23, 15, 7, 31})
print(frozenset({8, 0, 16}) | {24}, [x for x in {1, 9, 17, 25, 33, 2, 10}], 17 in {1, 9, 17}, {*(), 8, 16, 0, 24})
