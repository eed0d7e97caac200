# List comprehensions, sorting with keys, tuples and slicing.
data = [((i * 7919) % 10007, str(i)) for i in range(50000)]
data.sort(key=lambda t: (t[0] % 100, t[1]))
evens = [t for t in data if t[0] % 2 == 0]
pairs = list(zip(evens[::2], evens[1::2]))
print(len(evens), pairs[:2], sorted(set(t[0] % 13 for t in data))[-3:])
