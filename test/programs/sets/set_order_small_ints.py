# Iteration order of sets of small ints (table layout): inserts, deletes, growth, negative numbers.
s = set()
for i in [20, 3, 17, 8, 31, 1, 64, 33, 2]:
    s.add(i)
    print(s)
for i in [17, 1, 64]:
    s.discard(i)
    print(s)
print(set(range(20, 0, -1)), set(range(0, 100, 7)), {11, 12, 13, 5, 4}, set([100, 36, 4, 68]))
t = set(range(40))
for i in range(0, 40, 3):
    t.remove(i)
print(t)
print({8, 16, 24, 32}, {32, 24, 16, 8}, {1, 9, 17, 25, 33}, {33, 25, 17, 9, 1}, frozenset([5, 13, 21]))
print([x for x in {7, 15, 23}], list(frozenset({0, 8, 16, 4})), sorted({9, 1}) == [1, 9])
print({i * 2 for i in range(10)}, {i % 5 for i in range(100)}, set(map(abs, [-3, 2, -1, 3])))
