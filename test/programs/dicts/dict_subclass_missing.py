# __missing__ on dict subclasses, defaultdict, Counter, OrderedDict basics and their reprs.
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z["a"], z["b"], z, "b" in z, z.get("b"), type(z).__name__)
class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
t = AutoVivify()
t["a"]["b"]["c"] = 1
print(t, dict(t))
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd), dd.default_factory)
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(di, sorted(di.items()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c + Counter("aaz"), c - Counter("aaaa"), list(c))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od, OrderedDict(a=1) == OrderedDict(a=1))
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
lg = Logged()
lg["a"] = 1
lg.update(b=2)
lg.setdefault("c", 3)
print(lg)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: defaultdict(None)["k"]))
print(err(lambda: defaultdict(5)))
