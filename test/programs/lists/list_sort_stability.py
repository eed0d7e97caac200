# sort/sorted are stable; key= and reverse= keep equal elements in their original order.
records = [("apple", 3), ("banana", 1), ("cherry", 3), ("date", 2), ("elder", 1), ("fig", 3), ("grape", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
words = "The quick Brown fox Jumps over the lazy Dog a B c".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"{self.rank}{self.suit}"
cards = [Card(r, s) for r, s in [(10, "h"), (2, "s"), (10, "c"), (5, "d"), (2, "h"), (10, "s")]]
print(sorted(cards), sorted(cards, reverse=True), max(cards), min(cards))
import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
data = [(i % 3, i) for i in range(15)]
data.sort(key=lambda t: t[0])
print(data)
mixed = [3.5, 1, True, 2.0, 0, -1, False]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([[2, 1], [1, 2], [1], [], [2]]), sorted(["b", "a", "B", "A", "é", "e"]), sorted((3, 2, 1)), sorted("bca"), sorted({3: 0, 1: 0}))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: sorted([1, "a"])))
print(err(lambda: sorted([1, 2], key=lambda x: [x, "a"][x - 1])))
print(err(lambda: sorted([object(), object()])))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
