# `in` on exact dicts, lists, tuples, sets and frozensets and str indexing, hot enough for the
# compiled tier (each taken without the container's __contains__/__getitem__ call), against the
# cases that still go through them: unhashable keys, a set looked up in a set (retried as a
# frozenset), subclasses with their own __contains__, NaN and identity, astral and lone-surrogate
# strs, indexes out of range, long strs indexed in a loop.
class D(dict):
    def __contains__(self, k): return k == "always"
class L(list):
    def __contains__(self, k): return True
nan = float("nan")
d = {"a": 1, 2: "b", (1, 2): 3, nan: 4}
lst = [1, 2.0, "x", nan, (1,)]
tup = (1, "y", None)
st = {1, 2, frozenset({3})}
fs = frozenset({"p", 4})
hits = 0
for i in range(3000):
    hits += ("a" in d) + (2 in d) + ((1, 2) in d) + (nan in d) + (2 in lst) + (nan in lst) + (1.0 in tup)
    hits += (None in tup) + (2 in st) + ({3} in st) + ("p" in fs) + (4.0 in fs) + ("b" in d) + (float("nan") in lst)
    hits += ("always" in D()) + ("nope" in D(nope=1)) + (object() in L())
print(hits)
for c, k in [(d, [1]), (st, [1]), (fs, {}), (d, {1: 2})]:
    try: print(k in c)
    except TypeError as e: print("TypeError:", e)
s = "héllo wörld"
astral = "a\U0001F600b\U0001F601c"
lone = "x\ud800y"
out = []
for i in range(-len(s), len(s)):
    out.append(s[i])
for _ in range(200):
    r = (s[0], s[-1], astral[1], astral[2], astral[-1], lone[1], lone[-1])
print("".join(out), [hex(ord(c)) for c in r])
long = "".join(chr(97 + i % 26) for i in range(5000))
print(sum(ord(long[i]) for i in range(len(long))), long[-1], long[2500])
longa = long + "\U0001F600" + long
print(longa[5000] == "\U0001F600", longa[5001], len(longa), longa[-1])
for bad in [len(s), -len(s) - 1, 10**20]:
    try: print(s[bad])
    except IndexError as e: print("IndexError:", e)
try: print(s[1.0])
except TypeError as e: print("TypeError:", e)
print(s[True], s[False])
