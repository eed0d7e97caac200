# List comprehensions: filters, nested loops, conditional expressions, scoping, and building matrices.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in m for i in range(len(row)) if i != 1], [[row[i] for row in m] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3)], "y" in dir())
print([i for i in range(5)][::-1], [n for n in [3, 1, 2] if n > 1], [len(w) for w in "a bb ccc".split()])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
flat = [item for sub in [[1], [2, 3], [], [4]] for item in sub]
print(flat, sum(flat), [[x] for x in flat if x % 2])
print([v for v in {"b": 1, "a": 2}], [k for k, v in sorted({"b": 1, "a": 2}.items())], [n for n in (i for i in range(3))])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
