# for a, b in ...: loops over iterators of pairs (enumerate, zip, dict items) and over other
# iterables, whose unpacking errors stay CPython's, in code run often enough to be compiled.
def run():
    out = []
    d = {"a": 1, "b": 2, "c": 3}
    for i, v in enumerate(["x", "y"], -1):
        out.append((i, v))
    for i, v in enumerate(range(3), 2**62):
        out.append(i + v)
    for a, b in zip("ab", range(5)):
        out.append((a, b))
    for a, b in zip([1, 2], [3, 4], strict=True):
        out.append(a * b)
    for k, v in d.items():
        out.append(k * v)
    for k, v in reversed(d.items()):
        out.append(k)
    for a, b in [(1, 2), "xy", [3, 4], {5: 0, 6: 0}]:
        out.append((a, b))
    for (a, b), c in zip(enumerate("pq"), "rs"):
        out.append((a, b, c))
    for a, b in enumerate(d.items()):
        out.append((a, b))
    for a, *b in zip("ab", "cd", "ef"):
        out.append((a, b))
    for cases in (lambda: [a for a, b in zip("abc", "de", "fg")], lambda: [a for a, b in d.keys()],
                  lambda: [a for a, b in zip("a", "bc", strict=True)], lambda: [a for a, b in [1]],
                  lambda: [a for a, b in [(1, 2, 3)]], lambda: [a for a, b in zip()]):
        try:
            out.append(cases())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    e = enumerate("hi")
    for i, v in e:
        break
    out.append(list(e))
    items = iter(d.items())
    for k, v in items:
        d2 = dict(d)
        break
    out.append(list(items))
    try:
        for k, v in d.items():
            del d[k]
    except RuntimeError as e:
        out.append(str(e))
    return out


for _ in range(200):
    result = run()
print(result)
