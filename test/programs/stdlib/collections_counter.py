# collections.Counter: counting, most_common ties, arithmetic, set operations, update/subtract, elements, total.
from collections import Counter
c = Counter("mississippi")
print(c, c.most_common(), c.most_common(2), c["s"], c["z"], len(c), sorted(c.elements()))
c.update("miss")
c.subtract({"i": 10})
print(c, +c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, b - a, a & b, a | b, a == Counter(b=1, a=3), dict(a))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), sum(wc.values()), list(wc), wc.total())
print(Counter({"x": 0, "y": -1}), +Counter({"x": 0, "y": -1}), Counter(a=2) == Counter(a=2, b=0))
d = Counter()
for ch in "hello world":
    d[ch] += 1
del d[" "]
print(d.most_common(3), repr(Counter()), Counter("ab").keys())
