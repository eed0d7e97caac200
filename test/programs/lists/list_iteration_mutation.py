# Iterating while mutating, list iterators, reversed iterators and their length hints.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
for x in b:
    if len(b) < 6:
        b.append(x * 10)
print(b)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, "end"))
c = [1, 2, 3]
it = iter(c)
next(it)
c.append(4)
print(list(it))
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r), type(r).__name__, type(iter([])).__name__)
d = [0, 1, 2]
r2 = reversed(d)
d.clear()
print(list(r2))
e = list(range(5))
print([e.pop() for _ in range(len(e))], e)
f = [3, 1, 2]
print(f.sort() is None, f, sorted(f) is not f)
