# abc.ABC and abstractmethod: instantiation errors, registration, collections.abc checks.
from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc
class Store(ABC):
    @abstractmethod
    def get(self, k): ...
    @abstractmethod
    def put(self, k, v): ...
    def get_or(self, k, d):
        try:
            return self.get(k)
        except KeyError:
            return d
class Partial(Store):
    def get(self, k):
        return 1
class Mem(Store):
    def __init__(self):
        self.d = {}
    def get(self, k):
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(Store))
print(err(Partial))
m = Mem()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "default"), sorted(Store.__abstractmethods__), Mem.__abstractmethods__)
class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
    def __contains__(self, x):
        return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Collection), isinstance(Duck(), cabc.Sequence))
print(isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence), isinstance({}, cabc.Mapping), isinstance(range(1), cabc.Sequence))
print(issubclass(dict, cabc.MutableMapping), isinstance("s", cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
class Iface(metaclass=ABCMeta):
    pass
Iface.register(int)
print(isinstance(5, Iface), issubclass(bool, Iface), issubclass(str, Iface))
class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]
    def __len__(self):
        return 3
s = MySeq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
