# frozenset: hashable, usable as dict keys and set members, equal to sets, sorted string output.
fs = frozenset([3, 1, 2])
print(fs, repr(fs), hash(fs) == hash(frozenset({1, 2, 3})), {fs: "x"}[frozenset({1, 2, 3})], fs == {1, 2, 3}, fs | {4}, fs & {1, 9})
print(frozenset(), frozenset(frozenset([1])), frozenset("aab") == frozenset("ab"), sorted(frozenset("hello")), len(frozenset(range(100))))
print(fs.copy() is fs, frozenset(fs) is fs, set(fs) is not fs, fs.union() is not fs, type(fs.union()).__name__)
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(sorted(nested, key=len), frozenset({1}) in nested, {1} in nested)
class F(frozenset):
    def __repr__(self):
        return f"F{sorted(self)}"
f = F([5, 4])
print(f, type(f | {1}).__name__, f | {1}, f == frozenset({4, 5}), isinstance(f, frozenset))
words = frozenset(["pear", "apple", "fig"])
print(sorted(words), "fig" in words, sorted(words | {"kiwi"}), sorted(w.upper() for w in words))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: fs.remove(1)))
print(err(lambda: frozenset([[1]])))
