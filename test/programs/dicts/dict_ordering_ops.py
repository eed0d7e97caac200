# Order after deletes and re-inserts, popitem order, iteration order of big dicts, copy vs alias.
d = {}
for i in range(20):
    d[i] = i
for i in range(0, 20, 3):
    del d[i]
d[0] = "back"
d[3] = "again"
print(list(d))
print([d.popitem() for _ in range(3)], list(d)[-3:])
big = {f"k{i}": i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[f"k{i}"]
print(list(big)[:5], list(big)[-3:], len(big), sum(big.values()))
big.clear()
for i in range(5):
    big[str(i)] = i
print(big)
a = {"x": [1]}
b = a
c = dict(a)
b["y"] = 2
c["x"].append(3)
print(a, b, c, a is b)
import copy
deep = copy.deepcopy(a)
deep["x"].append(4)
print(a, deep)
e = dict.fromkeys(["k"], [])
e["k"].append(1)
print(e)
order = {}
for k in "banana":
    order.setdefault(k, len(order))
print(order)
