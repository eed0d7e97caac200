# Dict comprehensions, inversion, grouping, nested dicts, sorting dicts by value, and merging.
squares = {n: n * n for n in range(6)}
print(squares, {n: n * n for n in range(10) if n % 3 == 0}, {k: v for k, v in [("a", 1), ("a", 2), ("b", 3)]})
inv = {v: k for k, v in squares.items()}
print(inv, {ch: i for i, ch in enumerate("hello")}, {w: len(w) for w in "the quick brown fox".split()})
nested = {r: {c: r * c for c in range(3)} for r in range(3)}
print(nested, nested[2][2])
scores = {"ann": 88, "bob": 95, "cy": 70, "di": 95}
print(sorted(scores.items(), key=lambda kv: kv[1]), dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))))
print({k: v for k, v in scores.items() if v > 80}, max(scores, key=scores.get), min(scores.values()), sum(scores.values()))
merged = {}
for part in [{"a": 1}, {"b": 2, "a": 3}, {"c": 4}]:
    merged.update(part)
print(merged, {**{"a": 1}, **{"a": 2, "b": 3}}, dict(**{"x": 1}, y=2))
word = "abracadabra"
freq = {c: word.count(c) for c in word}
print(freq, {c: n for c, n in freq.items() if n > 1})
print({x: y for x in range(2) for y in range(2)}, {(x, y): x + y for x in range(2) for y in range(2)})
