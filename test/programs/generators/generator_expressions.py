# Generator expressions: laziness, single use, early binding of the first iterable, passing to functions.
gen = (x * x for x in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(10)), max(len(w) for w in "a bb ccc".split()), sorted((x % 3 for x in range(7)), reverse=True))
calls = []
def src(n):
    calls.append(n)
    return range(n)
g = (x for x in src(3))
print(calls)
print(list(g), calls)
items = [1, 2, 3]
lazy = (i * 10 for i in items)
items.append(4)
print(list(lazy))
items2 = [1, 2]
lazy2 = (i for i in items2)
items2 = [9, 9]
print(list(lazy2))
print(any(x > 2 for x in [1, 5, 0]), all(x for x in []), "".join(c.upper() for c in "gen"), dict((k, len(k)) for k in ["ab", "c"]))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: list(1 / x for x in [1, 0])))
print(err(lambda: (x for x in 5)))
print(err(lambda: next(x for x in [])))
ge = (i for i in range(3))
print(ge.gi_code.co_name, ge.__name__, next(ge), ge.gi_frame is not None)
