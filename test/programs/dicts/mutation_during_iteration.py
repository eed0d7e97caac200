# Changing a dict while iterating over it or merging it, setdefault's single hash, and mappingproxy
# over any mapping.
d = {0: 0}
try:
    for k in d:
        del d[0]
        d[0] = 0
except RuntimeError as e:
    print("keys:", e)
d = {0: 0, 1: 1}
try:
    for v in d.values():
        if 0 in d:
            del d[0]
            d[2] = 2
except RuntimeError as e:
    print("values:", e)
d = {0: 0}
try:
    for k, v in d.items():
        d[1] = 1
except RuntimeError as e:
    print("items:", e)
d = {0: 0}
for k in d:
    d[k] = "replaced"
print(d)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 20))
other[X()] = 0
target = {X(): 0, 1: 1}
try:
    target.update(other)
except RuntimeError as e:
    print("update:", e)


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return self is other


h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), y.setdefault(h1, 0))
print("setdefault:", h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)

from collections.abc import Mapping
from collections import OrderedDict
import types


class M(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return f"M({self.d!r})"


for base in ({"a": 1, "b": 2}, OrderedDict(a=1, b=2), M({"a": 1, "b": 2})):
    p = types.MappingProxyType(base)
    print(p, len(p), list(p), "a" in p, "z" in p, p["b"], p.get("z", "dflt"), p.get("a"))
    print(list(p.keys()), list(p.values()), list(p.items()), p == base, p != base, p == {"a": 1, "b": 2})
    try:
        c = p.copy()
        print(type(c).__name__, c is base, str(p))
    except AttributeError as e:
        print("copy:", e)
    try:
        print(list(reversed(p)))
    except (AttributeError, TypeError) as e:
        print("reversed:", e)
e = {}
print(e.keys().mapping == e, e.items().mapping == {}, type({}.values().mapping).__name__)
print(sorted(type.__dict__.keys())[:3], len(int.__dict__) > 10, int.__dict__ == dict(int.__dict__))
