# enumerate and zip: start values, laziness, strict=True (new in 3.10) and its errors, unequal lengths.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)), list(enumerate("x", 2 ** 70)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))))
print(list(zip([1, 2], [3, 4], strict=True)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: list(zip([1, 2, 3], [1], strict=True))))
print(err(lambda: list(zip([1], [1, 2], strict=True))))
print(err(lambda: list(zip([1], [1], [1, 2, 3], strict=True))))
print(err(lambda: list(zip([1, 2], [1, 2], [1], strict=True))))
print(err(lambda: zip(1)))
print(err(lambda: enumerate(5)))
print(err(lambda: enumerate("a", "1")))
print(err(lambda: zip([1], strict=1, other=2)))
def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i
log = []
z = zip(gen(5, log), "ab")
print(list(z), log)
for i, (a, b) in enumerate(zip("xy", "pq"), start=10):
    print(i, a, b)
