# The own __dict__ of builtin types as type_ready fills it: __new__, a slot wrapper for each slot
# the C type sets (its own __getattribute__ for PyObject_GenericGetAttr, all six comparisons for a
# tp_richcompare), the methods, members and getsets, then __doc__; and what those wrappers do.
import sys

def kinds(t):
    return " ".join(f"{k}:{type(v).__name__}" for k, v in t.__dict__.items())

def gen():
    try:
        yield 1
    finally:
        print("gen finally ran")

for t in (object, type, int, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
          memoryview, complex, property, enumerate, zip, map, filter, reversed, BaseException, ValueError,
          AttributeError, KeyError, OSError, type(None), type(...), type(gen), type(gen()), type(len),
          type(list.append), type(list.__add__), type([].__add__), type(gen.__code__), type(sys._getframe()),
          type(sys), type(iter([])), type(iter({})), type({}.keys()), type(list[int]), type(int | str)):
    print(t.__name__, "|", kinds(t))

# the wrappers a type gets for slots it shares with its base
print(int.__getattribute__ is object.__getattribute__, int.__getattribute__.__objclass__.__name__)
print(repr(list.__getattribute__), repr(BaseException.__setattr__), repr(dict.__lt__))
print(list.__getattribute__([], "append").__name__, str.__getattribute__("ab", "upper")())
print(list.__getattribute__.__doc__, list.__getattribute__.__text_signature__)
print(dict.__lt__({}, {}), dict.__ne__({1: 2}, {1: 2}), dict.__ne__({}, 5), range.__ge__(range(1), range(2)))
print(memoryview.__ne__(memoryview(b"a"), b"a"), memoryview.__ne__(memoryview(b"a"), b"b"))
try:
    {} < {}
except TypeError as e:
    print("TypeError", e)
try:
    list.__getattribute__([], "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__getattribute__("x", "real")
except TypeError as e:
    print("TypeError", e)

# classes deriving from them still read and store attributes as before
class L(list):
    pass
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = msg * 2
l = L([1, 2])
l.tag = "t"
print(l.tag, l.count(1), L.__getattribute__ is list.__getattribute__, L.__setattr__ is object.__setattr__)
e = E("x")
print(e.extra, e.args, E.__setattr__ is BaseException.__setattr__)
BaseException.__setattr__(e, "other", 1)
print(e.other, e.__dict__)
BaseException.__delattr__(e, "other")
print(hasattr(e, "other"))
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError", e)

# members where CPython declares PyMemberDef
print(type(BaseException.__dict__["__suppress_context__"]).__name__, type(type(gen()).__dict__["gi_frame"]).__name__,
      type(type(list.append).__dict__["__objclass__"]).__name__)
e = ValueError()
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    list.append.__objclass__ = int
except AttributeError as e:
    print("AttributeError", e)

# GenericAlias.__dir__ (ga_dir): dir() of the origin, then the alias's own names
import types
print([n for n in types.GenericAlias.__dir__(list[int]) if n not in dir(list)], dir(list[int]) == sorted(dir(list[int])))

# a generator's __del__ finalizes it as the collector would
g = gen()
next(g)
g.__del__()
print(g.gi_frame)
g.__del__()
