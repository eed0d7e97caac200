# sys.getsizeof of instance dicts, which CPython keeps split (PEP 412: the class holds the key
# table, each dict only its values), in terms 32- and 64-bit builds share: a split dict counts a
# pointer per usable entry of its class's shared table, which grows at 6, 11 and 22 names, and an
# empty one, another instance's, or one after a deletion (no longer split) follow that rule.
import struct, sys
g = sys.getsizeof
P = struct.calcsize("P")

def changes(sizes):
    return [i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]

sizes, combined, fresh = [], [], []
for n in range(40):
    class C: pass
    c = C()
    for i in range(n): setattr(c, f"a{i}", i)
    sizes.append(g(c.__dict__))
    combined.append(g({f"a{i}": i for i in range(n)}))
    fresh.append(g(C().__dict__))
print("split grows at", changes(sizes), sizes == fresh)
print("usable entries added", [(sizes[b] - sizes[a]) // P for a, b in [(5, 6), (10, 11), (21, 22)]])
print("smaller than combined", all(s < c for s, c in zip(sizes[1:], combined[1:])))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p, q = Point(1, 2), Point(3, 4)
before = g(p.__dict__)
print(g(q.__dict__) == before, g(vars(p)) == before)
del p.x
d = {"x": 1, "y": 2}
del d["x"]
print("after a deletion like a combined dict", g(p.__dict__) == g(d), g(p.__dict__) > before)
