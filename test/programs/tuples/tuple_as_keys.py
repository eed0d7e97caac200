# Tuples as dict keys and set members: grids, memoisation, sorting by tuple keys, mixed equal numbers.
grid = {}
for r in range(3):
    for c in range(4):
        grid[(r, c)] = r * 10 + c
print(grid[(2, 3)], (1, 1) in grid, (3, 0) in grid, len(grid), list(grid)[:5])
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)}, {(1, 2.0): "a"}[(1.0, 2)], {(True, 0): "x"}.get((1, False)))
memo = {}
def paths(r, c):
    if (r, c) in memo:
        return memo[(r, c)]
    if r == 0 or c == 0:
        return 1
    memo[(r, c)] = paths(r - 1, c) + paths(r, c - 1)
    return memo[(r, c)]
print(paths(10, 10), paths(16, 16), len(memo))
people = [("Bob", 25, "NY"), ("alice", 30, "LA"), ("Carol", 25, "SF"), ("dave", 30, "NY")]
print(sorted(people, key=lambda p: (p[1], p[0].lower())))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=lambda p: (p[1], p[0])), min(people))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: {([1], 2): 0}))
print(err(lambda: {(1, {2}), (3,)}))
