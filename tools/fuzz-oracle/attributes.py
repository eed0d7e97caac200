import random, sys
# getattr, setattr and delattr with random names and values on objects of every kind (builtin
# instances and types, functions, methods, modules, code objects, classes with __slots__,
# properties, __getattr__/__setattr__, frozen dataclasses, namedtuples), including the special
# attributes (__class__ and __dict__ assignment, __name__, __qualname__, __doc__, __module__,
# __bases__, __defaults__, __code__, __annotations__): the value read or the error's message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 144)

OBJECTS = ["1", "'s'", "[]", "{}", "None", "int", "type", "object()", "f", "f.__code__", "C()", "C", "S()", "S", "P()", "G()", "FD(1)",
           "NT(1, 2)", "sys", "len", "[].append", "C().m", "C.m", "range(3)", "(1,)", "Exception('e')", "property()", "staticmethod(f)",
           "iter([])", "frozenset()", "1.5", "True", "slice(1)", "Ellipsis", "NotImplemented", "type(None)", "M"]
NAMES = ["x", "__class__", "__dict__", "__name__", "__qualname__", "__doc__", "__module__", "__bases__", "__defaults__", "__kwdefaults__",
         "__code__", "__annotations__", "__slots__", "a", "real", "append", "__mro__", "__weakref__", "m", "p", "__init__", "__hash__",
         "co_name", "__closure__", "__globals__", "__self__", "__func__", "__wrapped__", "__abstractmethods__", "__len__"]
VALUES = ["1", "'v'", "None", "int", "C", "S", "{}", "()", "(int,)", "(object,)", "f.__code__", "{'a': 1}", "D", "lambda: 0", "('a',)"]


def expr():
    o = random.choice(OBJECTS)
    n = random.choice(NAMES)
    r = random.random()
    if r < 0.45:
        return f"getattr({o}, {n!r})"
    if r < 0.8:
        v = random.choice(VALUES)
        return f"(lambda o: (setattr(o, {n!r}, {v}), getattr(o, {n!r}, '-'))[1])({o})"
    if r < 0.95:
        return f"(lambda o: (delattr(o, {n!r}), getattr(o, {n!r}, '-'))[1])({o})"
    return f"hasattr({o}, {n!r})"


lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    lines.append("t(%r)" % expr())
sys.stdout.write('''import sys, dataclasses, collections
def f(a, b=2, *, c=3) -> int:
    "doc"
    return a
class C:
    a = 1
    def m(self): return 1
    @property
    def p(self): return 2
class D: pass
class S:
    __slots__ = ("a", "b")
class P:
    @property
    def x(self): return "px"
    @x.setter
    def x(self, v): raise ValueError("no")
class G:
    def __getattr__(self, n):
        if n.startswith("__"): raise AttributeError(n)
        return ("dyn", n)
    def __setattr__(self, n, v):
        if n == "a": raise TypeError("frozen a")
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        raise KeyError(n)
@dataclasses.dataclass(frozen=True)
class FD:
    x: int
NT = collections.namedtuple("NT", "a b")
M = type(sys)("M")
def t(e):
    try:
        v = eval(e)
        print(e, "->", ascii(v) if not callable(v) and not hasattr(v, "co_code") and type(v).__name__ not in ("module", "dict", "mappingproxy", "getset_descriptor", "member_descriptor") else type(v).__name__)
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
