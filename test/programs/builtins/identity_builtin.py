# id() and `is`: identity is stable for an object's lifetime; singletons; small values; without printing ids.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None)
x = object()
ids = {id(x)}
ids.add(id(x))
print(len(ids), isinstance(id(x), int), id(x) > 0)
def same(o):
    return o
print(same(a) is a, [a][0] is a, {"k": a}["k"] is a, (a,)[0] is a, a[:] is not a, tuple(t := (1, 2)) is t)
s = "interned"
print(s == "".join(["inter", "ned"]))
print(() is (), frozenset() is not None, type(a) is list, type(1) is int, type(True) is bool, type(True) is not int)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is not k2, k1 == k2, k1 != k2, id(k1) != id(k2))
