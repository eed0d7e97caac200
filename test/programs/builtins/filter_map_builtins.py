# filter and map: None as predicate, multiple iterables to map, laziness, and their reprs without addresses.
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2])), list(filter(str.isalpha, "a1b2")), list(filter(lambda x: x % 2, range(7))))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2])), list(map(str.upper, [])))
m = map(lambda x: print("  mapping", x) or x * 2, [1, 2, 3])
print("created map")
print(next(m), list(m))
f = filter(lambda x: print("  testing", x) or x > 1, [1, 2, 3])
print("created filter")
print(list(f))
print(type(m).__name__, type(f).__name__, repr(map(len, [])).split(" object at ")[0], repr(filter(None, [])).split(" object at ")[0])
def err(g):
    try:
        return g()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: map(len)), err(lambda: filter(None)), err(lambda: list(map(len, [1]))), err(lambda: type(map(5, [1])).__name__), err(lambda: list(map(5, [1]))))
print(list(map(int, "123")), sum(map(int, "999")), list(map(float, ["1.5", "2"])), dict(map(lambda p: (p, len(p)), ["aa", "b"])))
