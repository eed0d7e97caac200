# A user container: __len__, __getitem__ with ints and slices, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.items[i])
        return self.items[i % len(self.items)]
    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v
    def __delitem__(self, i):
        del self.items[i % len(self.items)]
    def __contains__(self, v):
        print("  __contains__", v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return reversed(self.items)
    def __repr__(self):
        return f"Ring({self.items})"
r = Ring("abcde")
print(len(r), r[0], r[7], r[-1], r[1:3], r[::-1], list(r), list(reversed(r)), "c" in r, "z" not in r)
r[6] = "B"
del r[0]
print(r, sorted(r), "".join(r), max(r), bool(Ring([])))
class OldIter:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), 25 in OldIter(), [x for x in OldIter()], iter(OldIter()).__class__.__name__)
class Len:
    def __len__(self):
        return 3
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: iter(Len())))
print(err(lambda: Len()[0]))
print(err(lambda: len(OldIter())))
print(err(lambda: Len().__setitem__))
class NegLen:
    def __len__(self):
        return -1
print(err(lambda: len(NegLen())))
class Contains:
    def __contains__(self, x):
        return x == 1
print(1 in Contains(), 2 in Contains(), err(lambda: list(Contains())))
