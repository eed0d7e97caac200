# tuple: construction, packing/unpacking, indexing, slicing, concatenation, comparison, methods.
t = (1, "two", 3.0, [4], (5,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2], (), (1,), tuple(), tuple("ab"), tuple(range(3)), tuple([1, 2]))
a, b, *rest = t
print(a, b, rest)
*init, last = t
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print(t.count(1), t.index("two"), (1, 2, 1, 1).count(1), (1, 2, 3).index(3, 1), (1, 2) + (3,), (1,) * 3, 2 * (0, 1))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"))
print(1 in t, [4] in t, "x" not in t, max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
t[3].append(44)
print(t)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: t.__setitem__(0, 1)))
print(err(lambda: t[10]))
print(err(lambda: t.index("missing")))
print(err(lambda: (1, 2) + [3]))
print(err(lambda: (1, "a") < (1, 2)))
print(err(lambda: hash(t)))
print(err(lambda: tuple(5)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], ((1, 2),) == ((1, 2),), tuple(t) is t, t[:] is t)
print(repr((1,)), repr(((),)), str(("a", 'b"c')), ((1, 2), [3]) , type(()).__name__, tuple.__mro__)
