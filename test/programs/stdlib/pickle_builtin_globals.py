# Pickling builtin functions next to builtin types. CPython's pickler memoises strs by identity:
# a builtin function's __module__ is the builtins module's own name object, a str distinct from
# the interned 'builtins' that a builtin type's __module__ returns, so protocols 4 and 5 write
# 'builtins' once for each kind (and the frames have CPython's lengths).
import builtins
import pickle
import pickletools
import sys

print(len.__module__ == int.__module__ == "builtins", type(len.__module__) is str)
print(len.__module__ is sum.__module__, len.__module__ is int.__module__, int.__module__ is object.__module__)
print(sys.intern(len.__module__) is int.__module__)

cases = [
    [len, int, sum],
    [int, len, sum, float, max],
    [getattr, object, {3}],
    [len, len, int, int],
    {"f": abs, "t": bytes, "g": sorted},
    (min, range(3), divmod, slice(1, 2)),
]
for value in cases:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, protocol=proto)
        assert pickle.loads(data) == value
        print(proto, data)
pickletools.dis(pickle.dumps([len, int, sum], protocol=4))
pickletools.dis(pickle.dumps([len, int, sum], protocol=5), annotate=20)

# a bound method of a builtin object reduces to builtins.getattr
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
for proto in (2, 4):
    print(proto, pickle.dumps([Box(1).get, set, [].__class__], protocol=proto))

# the name works as a str everywhere
m = len.__module__
print(m, repr(m), f"{m!r:>12}", m + ".len", m.upper(), m[::2], hash(m) == hash("builtins"))
print({m: 1}["builtins"], {"builtins": 2}[m], sys.modules[m] is builtins, m in sys.modules)
import marshal, json
print(marshal.loads(marshal.dumps(m)), json.dumps({m: m}), sorted([m, "a"]), "%s|%5.3s" % (m, m))
