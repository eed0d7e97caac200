# A builtin type's __new__ as CPython shows it: type_ready puts a tp_new wrapper (a builtin method
# bound to the type) in the __dict__ of each static type that sets tp_new, so
# object.__dict__['__new__'] is object.__new__, list.__new__ is not object.__new__, and
# object.__new__(list) is "not safe". Types whose tp_new is inherited have no entry.
import collections
import datetime
import io
import re
import types


def show(x):
    return re.sub(r" at 0x[0-9a-f]+", " at 0x...", repr(x))


TYPES = [
    object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, type,
    range, slice, property, staticmethod, classmethod, super, memoryview, enumerate, zip, map, filter,
    reversed, types.SimpleNamespace, types.ModuleType, collections.deque, datetime.tzinfo,
    io.BytesIO, io.StringIO, io.TextIOWrapper, io.BufferedReader, io.FileIO, io.IncrementalNewlineDecoder,
    BaseException, Exception, ValueError, TypeError, LookupError, KeyError, OSError, FileNotFoundError,
    AttributeError, ImportError, StopIteration, SystemExit, UnicodeError, UnicodeDecodeError, Warning,
    DeprecationWarning, GeneratorExit, KeyboardInterrupt,
]
for t in TYPES:
    own = t.__dict__.get("__new__")
    new = t.__new__
    print(f"{t.__name__:24} own={type(own).__name__:28} is={own is new} self={getattr(new, '__self__', None).__name__}")
    if own is not None:
        print(" ", show(own), own.__qualname__, own.__text_signature__, own == new)

print(object.__new__.__doc__)
print(type(object.__dict__["__new__"]) is type(len), object.__new__ is object.__new__, list.__new__ is object.__new__)
print(vars(int)["__new__"] is int.__new__, dict(vars(str))["__new__"] is str.__new__)

# user classes: none unless defined, then a staticmethod
class A:
    pass
class B:
    def __new__(cls, *args):
        return super().__new__(cls)
class L(list):
    pass
print("__new__" in A.__dict__, type(B.__dict__["__new__"]).__name__, L.__new__ is list.__new__, A.__new__ is object.__new__)

# calling them
print(object.__dict__["__new__"](A).__class__.__name__, list.__new__(L), dict.__new__(dict, a=1), type(set.__new__(set)).__name__)
print(int.__new__(int, "12"), type(ValueError.__new__(ValueError, 1)).__name__, LookupError.__new__(KeyError, 2).args)
print(list.__new__(list, 1, 2, 3), type(collections.deque.__new__(collections.deque, [1])).__name__)
for call in (
    lambda: object.__new__(),
    lambda: object.__new__(1),
    lambda: object.__new__(list),
    lambda: object.__new__(L),
    lambda: object.__new__(ValueError),
    lambda: list.__new__(dict),
    lambda: list.__new__(5),
    lambda: int.__new__(str),
    lambda: int.__new__(bool, 1),
    lambda: dict.__new__(L),
    lambda: Exception.__new__(int),
    lambda: ValueError.__new__(Exception),
    lambda: ValueError.__new__(KeyError),
    lambda: object.__new__(A, 1),
    lambda: A(1),
):
    try:
        r = call()
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError:", e)

# classes deriving from these still construct as before
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
class E(ValueError):
    pass
class P(property):
    pass
print(D(a=1), D(a=1).extra, repr(E("x", 2)), L([1, 2]), type(P(lambda s: 1)).__name__, collections.OrderedDict(b=2))
try:
    raise E("boom")
except ValueError as e:
    print(type(e).__name__, e.args)
# codec errors from a plain builtin exception are wrapped (its __new__ is BaseException's)
import codecs
def failing(s, errors="strict"):
    raise ValueError("bad input")
codecs.register(lambda name: codecs.CodecInfo(failing, failing, name="failing") if name == "failing" else None)
for exc in (ValueError, UnicodeError):
    def failing(s, errors="strict", exc=exc):
        raise exc("bad input")
    try:
        "x".encode("failing")
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

# every builtin exception has its own __init__ too (BaseException's function)
print([t.__name__ for t in (ValueError, KeyError, OSError, StopIteration, UnicodeError) if "__init__" in t.__dict__])
print(repr(ValueError.__dict__["__init__"]), ValueError.__init__ is ValueError.__dict__["__init__"])
class F(ValueError):
    pass
class G(ValueError):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.kw = kwargs
for make in (lambda: ValueError(a=1), lambda: F(1, a=2), lambda: G(1, a=2).kw, lambda: KeyError(k=1), lambda: OSError(1, "x", key=2)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
