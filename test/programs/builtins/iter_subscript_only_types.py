# iter() falls back to __getitem__ only for types with a sequence item slot: re.Match,
# types.GenericAlias and types.UnionType subscript as mappings (mp_subscript) and are not
# iterable, while a class statement's __getitem__ makes its instances iterable. Messages name
# the builtin types by their tp_name ('types.GenericAlias', '_struct.Struct', ...).
import operator
import re
import struct
import types

m = re.match(r"(a)(b)?", "ab")
print(m[0], m[1], m[2])
attempts = {
    "iter": lambda: iter(m),
    "in": lambda: "a" in m,
    "list": lambda: list(m),
    "tuple": lambda: tuple(m),
    "sorted": lambda: sorted(m),
    "reversed": lambda: reversed(m),
    "enumerate": lambda: enumerate(m),
    "zip": lambda: zip(m),
    "min": lambda: min(m),
    "dict": lambda: dict(m),
    "call*": lambda: print(*m),
    "concat": lambda: operator.concat(m, m),
    "countOf": lambda: operator.countOf(m, "a"),
    "unpack": lambda: exec("a, b = m", {"m": m}),
    "for": lambda: [x for x in m],
    "alias iter": lambda: iter(list[int]),
    "alias in": lambda: int in list[int],
    "alias list": lambda: list(dict[str, int]),
    "union iter": lambda: iter(int | str),
    "union in": lambda: int in (int | str),
}
for name, f in attempts.items():
    try:
        r = f()
        print(name, "->", type(r).__name__)
    except TypeError as e:
        print(name, "TypeError:", e)

# subscripting still works
print(list[int].__args__, (int | list[str]).__args__, m.group(0))
T = __import__("typing").TypeVar("T")
print(list[T][int], dict[str, T][float])

# a class statement's __getitem__ is a sequence item too
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), type(iter(Seq())).__name__, operator.countOf(Seq(), 10))

class Sub(types.GenericAlias):
    pass
try:
    iter(Sub(list, (int,)))
except TypeError as e:
    print("subclass:", e)

# tp_names in messages
objs = [list[int], int | str, operator.itemgetter(1), operator.attrgetter("a"), operator.methodcaller("a"),
        struct.Struct("b"), re.compile("a").scanner("a"), m, re.compile("a")]
for o in objs:
    t = type(o)
    try:
        o + 1
    except TypeError as e:
        msg = str(e)
    try:
        iter(o)
        it = "iterable"
    except TypeError as e:
        it = str(e)
    print(repr(t), t.__name__, t.__qualname__, t.__module__, "|", msg, "|", it)
