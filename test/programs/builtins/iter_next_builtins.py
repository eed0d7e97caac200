# iter() and next(): sequences, dict views, callables with sentinels, defaults, and exhausted iterators.
for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2), b"xy", bytearray(b"z"), {"a": 1}.items(), reversed([1, 2])]:
    it = iter(obj)
    print(type(it).__name__, list(it), iter(it) is it)
it = iter([1])
print(next(it), next(it, "default"), next(it, None))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e!r}"
print(err(lambda: next(it)), err(lambda: next([1])), err(lambda: next(iter([]), 1, 2)))
vals = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(vals), None)))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 5)))
ci = iter(Count(), 3)
print(type(ci).__name__, next(ci), list(ci), next(ci, "done"))
