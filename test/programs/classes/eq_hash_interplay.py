# __eq__ and __hash__: defining __eq__ removes __hash__, explicit __hash__ restores it, identity defaults.
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), Default.__hash__ is object.__hash__, Default.__eq__ is object.__eq__)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq(1) != OnlyEq(1))
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
class Both(OnlyEq):
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), Both(1) in {Both(1)}, {Both(3): "x"}[Both(3)])
class KeepHash(OnlyEq):
    __hash__ = object.__hash__
k = KeepHash(1)
print(len({k, KeepHash(1)}), k in {k})
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != NeOnly(), NeOnly() == NeOnly(), NeOnly.__hash__ is object.__hash__)
class EqReturnsNonBool:
    def __eq__(self, other):
        return "truthy string"
print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1, [EqReturnsNonBool()] == [1], EqReturnsNonBool() in [1])
class Always:
    def __eq__(self, other):
        print("  Always.__eq__")
        return True
    __hash__ = None
x = Always()
print([1, x].index(x), [1, 2].count(Always()), Always() in [1])
lst = [x]
print(x in lst, lst.index(x), lst == [x])
class Counts:
    calls = 0
    def __eq__(self, other):
        Counts.calls += 1
        return False
    def __hash__(self):
        return 1
c = Counts()
d = {c: 1}
print(d[c], Counts.calls, c in [c], Counts.calls)
