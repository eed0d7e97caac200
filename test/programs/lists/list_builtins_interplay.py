# Builtins on lists: len, sum, min/max with key/default, sorted, reversed, enumerate, zip, map, filter, any/all.
a = [4, -2, 7, 0, 3, -8]
print(len(a), sum(a), sum(a, 100), min(a), max(a), min(a, key=abs), max(a, key=lambda v: -v), sorted(a, key=abs))
print(list(reversed(a)), list(enumerate(a, 1))[:2], list(zip(a, "abcdef", range(10)))[:3], list(map(abs, a)), list(filter(lambda v: v > 0, a)))
print(any(a), all(a), any([]), all([]), any(x > 6 for x in a), all(x < 10 for x in a), max([], default="empty"), min([], default=None))
print(max([1, 5, 5, 2], key=lambda v: v % 5), max("a", "bb", "c", key=len), min([[3], [1, 2]], key=len), max(3, 7, 1))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str, a)), list(zip()), list(zip([1], [])), dict(zip("ab", [1, 2])))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: max([])))
print(err(lambda: min()))
print(err(lambda: max(1)))
print(err(lambda: sum(["a", "b"], "")))
print(err(lambda: sum([[1], [2]])))
print(sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(101)), sum([True, True]), sum([], 5))
print(err(lambda: max([1, 2], key=None, default=0, extra=1)))
print(sorted(a, reverse=True)[:3], a.index(max(a)), [i for i, v in enumerate(a) if v < 0])
