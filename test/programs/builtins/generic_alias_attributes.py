# types.GenericAlias forwards every attribute to its origin but a few of its own (__origin__,
# __args__, __parameters__, __mro_entries__, __reduce__, __reduce_ex__, __copy__, __deepcopy__): so
# a missing one is the origin's AttributeError, and in 3.10 list[int].__class__ is type. The
# builtin generic classes subscript through a real __class_getitem__, which subclasses inherit.
import collections, functools, itertools, types, typing, weakref, array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = list[int]
t(lambda: getattr(g, "__annotations__", "default"))
t(lambda: g.__annotations__)
t(lambda: g.foo)
t(lambda: g.append)
t(lambda: g.__name__)
t(lambda: g.__mro__)
t(lambda: g.__doc__[:24])
t(lambda: g.__class__)
t(lambda: isinstance(g, type))
t(lambda: type(g))
t(lambda: g.__copy__)
t(lambda: g.__deepcopy__)
t(lambda: (g.__origin__, g.__args__, g.__parameters__))
t(lambda: g.__reduce__())
t(lambda: g.__mro_entries__((object,)))
t(lambda: getattr(g, 3))
t(lambda: (list[int] | str).__annotations__)
t(lambda: dict[str, int].keys)
t(lambda: dict[str, int].fromkeys("ab"))
t(lambda: g())
t(lambda: g("ab"))

for c in [list, dict, tuple, set, frozenset, enumerate, types.MappingProxyType, types.AsyncGeneratorType,
          itertools.chain, weakref.ref, collections.deque, functools.partial, array.array, type, object, int]:
    print(c.__name__, "__class_getitem__" in c.__dict__, end=" ")
    t(lambda: c[int])

class L(list): pass
class D(dict): pass
class T(tuple): pass
class E(enumerate): pass
t(lambda: (L[int], D[str, int], T[int, ...], E[str]))
t(lambda: L[int]())
t(lambda: list.__class_getitem__(int))
t(lambda: list.__class_getitem__())
t(lambda: list.__class_getitem__(int, str))
t(lambda: L.__class_getitem__((int, str)))

@functools.singledispatch
def f(arg):
    return "default"
for c in [list[int], typing.List[int], list[int] | str, typing.Union[list[int], str]]:
    t(lambda: f.register(c))

import copy, pickle
for a in [list[int], dict[str, list[int]], tuple[int, ...], L[int]]:
    print(copy.copy(a) == a, copy.deepcopy(a) == a, pickle.loads(pickle.dumps(a)) == a, a.__reduce__())
