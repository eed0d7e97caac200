# abc (through _abc): abstract methods, register, isinstance/issubclass with the caches and
# __subclasshook__; the 3.10 pattern-matching flags: a class registered as a Sequence or Mapping
# matches sequence or mapping patterns, with its subclasses; builtin types keep their own.
import abc, _abc, io, collections.abc as cabc, sys
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
class B(A):
    def f(self): return 1
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__))
try: B()
except TypeError as e: print(e)
try: issubclass(1, A)
except TypeError as e: print(e)
try: A.register(1)
except TypeError as e: print(e)
try: A.register(A) ; print("self ok")
except RuntimeError as e: print(e)
class C(B): pass
try: B.register(A)
except RuntimeError as e: print(e)
A.register(int)
print(isinstance(3, A), issubclass(bool, A), isinstance("s", A), issubclass(C, A))
tok = abc.get_cache_token(); A.register(float); print(abc.get_cache_token() - tok)
s = io.StringIO(); A._dump_registry(s); print(s.getvalue().splitlines()[0], len(s.getvalue().splitlines()))
print(type(A._abc_impl).__name__, sorted(x for x in dir(_abc) if not x.startswith("__")))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "quack") else NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 5
try: issubclass(int, Bad)
except AssertionError as e: print("AssertionError", e)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance(x for x in ()) if False else isinstance((x for x in ()), cabc.Generator))
print(issubclass(cabc.Sequence, cabc.Iterable), cabc.Sequence.__abstractmethods__ == frozenset({"__getitem__", "__len__"}), "__abc_tpflags__" in cabc.Sequence.__dict__)
A._abc_registry_clear(); A._abc_caches_clear(); print(isinstance(3, A))
class MyStr(str): pass
cabc.Sequence.register(MyStr)
match MyStr("ab"):
    case [x, y]: print("str subclass as sequence", x, y)
    case _: print("no")
match "ab":
    case [x, y]: print("str seq")
    case _: print("str not seq")
import typing
class TS(typing.Sequence[int]):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
match TS():
    case [a, b]: print("typing seq", a, b)
class DM(dict): pass
match DM(a=1):
    case {"a": v}: print("dict subclass", v)
import array, collections
match array.array("i", [1, 2]):
    case [a, b]: print("array", a, b)
match collections.deque([1]):
    case [a]: print("deque", a)
match memoryview(b"xy"):
    case [a, b]: print("memoryview", a, b)
match collections.OrderedDict(k=2):
    case {"k": v}: print("odict", v)
match range(2):
    case [a, b]: print("range", a, b)
match bytearray(b"ab"):
    case [a, b]: print("bytearray seq")
    case _: print("bytearray not seq")
import types
match types.MappingProxyType({"m": 1}):
    case {"m": v}: print("proxy", v)
class S:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
collections.abc.Sequence.register(S)
match S():
    case [a, b]: print("seq", a, b)
    case _: print("not seq")
class M:
    def __getitem__(self, k): return k
    def keys(self): return ["x"]
    def __len__(self): return 1
    def get(self, k, d=None): return k
collections.abc.Mapping.register(M)
match M():
    case {"x": v}: print("map", v)
    case _: print("not map")
class Sub(S): pass
match Sub():
    case [a, *r]: print("sub seq", a, r)
    case _: print("sub not seq")
class Fake:
    __abc_tpflags__ = 1 << 5
match Fake():
    case [*_]: print("fake seq")
    case _: print("fake not seq")
class Mapping: pass   # a class named like the ABC, but not it
match Mapping():
    case {}: print("named map")
    case _: print("named not map")
print(isinstance(S(), collections.abc.Sequence), issubclass(Sub, collections.abc.Sized))
