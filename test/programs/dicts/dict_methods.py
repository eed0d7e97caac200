# Every dict method: get, setdefault, pop, popitem (LIFO), update forms, keys/values/items, copy, clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
d.update(w=6)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is not d)
c.clear()
print(c, len(c))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: {}.popitem()))
print(err(lambda: {}.pop("k")))
print(err(lambda: d.update(1)))
print(err(lambda: d.update([1])))
print(err(lambda: d.get()))
print(err(lambda: d.setdefault()))
print(err(lambda: dict.fromkeys()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(sorted(n for n in dir(dict) if not n.startswith("_")))
print(dict.fromkeys(range(3), []), {k: v for k, v in zip("ab", "xy")}, list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
