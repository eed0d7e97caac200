# keys/values/items views: live updates, set operations, membership, reversed, mapping attribute, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(sorted(i & {("b", 2), ("c", 0)}), sorted(i - {("b", 2)}), k.isdisjoint({"x"}), i.isdisjoint([("c", 3)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
print(v == v, d.values() == d.values(), list(v) == list(d.values()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: k[0]))
print(err(lambda: v | {1}))
def mutate():
    for key in d:
        d[key + "!"] = 0
print(err(mutate))
def delete_during():
    for key in d.keys():
        del d[key]
print(err(delete_during))
print(d)
it = iter(d.items())
print(next(it), it.__length_hint__())
print(err(lambda: {1: 2}.keys() | 5))
print({"a": 1}.keys() - ["a"], {"a": 1}.items() | [("b", 2)] == {("a", 1), ("b", 2)}, dict(d.items()) == d)
