# The pattern-matching flags show in __flags__ (Py_TPFLAGS_SEQUENCE 1<<5, Py_TPFLAGS_MAPPING
# 1<<6): builtin sequences and mappings, collections.abc.Sequence and Mapping (set through
# __abc_tpflags__), their subclasses and registered-by-inheritance classes; both at once is a TypeError.
import array, collections, collections.abc as cabc

SEQ, MAP = 1 << 5, 1 << 6

def flags(t):
    f = t.__flags__
    return ("S" if f & SEQ else "-") + ("M" if f & MAP else "-")

class MySeq(cabc.Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0

class MyMap(cabc.Mapping):
    def __getitem__(self, k): raise KeyError
    def __iter__(self): return iter(())
    def __len__(self): return 0

class L(list): pass
class D(dict): pass
class Reg: pass
cabc.Sequence.register(Reg)

for t in [list, tuple, range, memoryview, collections.deque, array.array, dict, type(type.__dict__), str, bytes,
          bytearray, set, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping,
          cabc.Collection, MySeq, MyMap, L, D, Reg, collections.OrderedDict, collections.UserDict,
          collections.UserList]:
    print(t.__name__, flags(t))

try:
    class Both(cabc.Collection):
        __abc_tpflags__ = cabc.Sequence.__flags__ | cabc.Mapping.__flags__
    print("no error")
except TypeError as e:
    print("TypeError", e)

class OnlySeq(cabc.Collection):
    __abc_tpflags__ = SEQ
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
    def __len__(self): return 0
print(flags(OnlySeq), "__abc_tpflags__" in OnlySeq.__dict__)
match OnlySeq():
    case [*_]:
        print("sequence pattern")
    case _:
        print("no")
