# Calls with * and **: errors raised while iterating a * argument propagate (only a non-iterable is
# refused by name); a repeated keyword, also one a mapping's keys() lists twice, is 'got multiple
# values' whatever its type.
from collections.abc import Mapping
def g(*a, **k): print(a, k)
def f(**k): print(k)
class BrokenSequence:
    def __getitem__(self, idx):
        raise TypeError('myerror')
def h(): pass
nothing = None
tests = [
 lambda: g(*BrokenSequence()),
 lambda: g(*range(1), *BrokenSequence()),
 lambda: nothing(*h),
 lambda: nothing(**h),
 lambda: h(*h),
 lambda: h(**h),
 lambda: f(**{1: 3}, **{1: 5}),
 lambda: f(**{1: 3}),
 lambda: f(**{'a': 3}, **{'a': 5}),
]
class MultiDict(Mapping):
    def __init__(self, items):
        self._items = items
    def __iter__(self):
        return (k for k, v in self._items)
    def __getitem__(self, key):
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)
    def __len__(self):
        return len(self._items)
    def keys(self):
        return [k for k, v in self._items]
    def values(self):
        return [v for k, v in self._items]
    def items(self):
        return [(k, v) for k, v in self._items]
tests += [
 lambda: g(**MultiDict([('x', 1), ('x', 2)])),
 lambda: g(a=3, **MultiDict([('x', 1), ('x', 2)])),
 lambda: g(**MultiDict([('a', 3)]), **MultiDict([('x', 1), ('x', 2)])),
]
for t in tests:
    try: t()
    except TypeError as e: print("TypeError", e)
