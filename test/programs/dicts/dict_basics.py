# dict: literal and constructor forms, insertion order, lookup, update order, deletion, equality.
d = {"b": 1, "a": 2, "c": 3}
print(d, len(d), d["a"], list(d), list(d.values()), list(d.items()))
d["d"] = 4
d["b"] = 10
del d["a"]
d["a"] = 5
print(d)
print(dict(), dict(x=1, y=2), dict([("k", 1), ("j", 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))), dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: "x"} != {1: "y"}, list({"b": 0, "a": 0}) == ["b", "a"])
print({1: "int", 1.0: "float", True: "bool"}, {True: "bool", 1: "int"}, {0: 0, False: 1, 0.0: 2, -0.0: 3})
print({(1, 2): "t", None: "n", 3.5: "f", -1: "neg", "": "empty", b"b": "bytes", frozenset({1}): "fs"})
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: d["zzz"]))
print(err(lambda: d[[1]]))
print(err(lambda: {[]: 1}))
print(err(lambda: {{}: 1}))
print(err(lambda: dict([1, 2])))
print(err(lambda: dict([(1, 2, 3)])))
print(err(lambda: dict(1)))
print(err(lambda: {"a": 1} < {"b": 2}))
print(err(lambda: d.__delitem__("nope")))
print(err(lambda: dict({"a": 1}, {"b": 2})))
print({**d, "z": 26}, {"x": 1} | {"y": 2}, {"x": 1, "y": 1} | {"x": 2})
e = {"k": 1}
e |= {"k": 2, "m": 3}
e |= [("n", 4)]
print(e, err(lambda: {} | [("a", 1)]))
print(repr({"q": "'", 'w': '"'}), str({1: [2, {3: 4}]}), {}, {"nested": {"deep": {"er": []}}})
r = {}
r["self"] = r
print(r)
