# type.__flags__ of builtin types as CPython 3.10 sets them (Py_TPFLAGS_*), without
# VALID_VERSION_TAG (1 << 19), which CPython sets and clears as its method cache is used:
# DISALLOW_INSTANTIATION (1 << 7) on the static types with no constructor, HAVE_VECTORCALL
# (1 << 11) and METHOD_DESCRIPTOR (1 << 17) on the callables CPython gives them, HEAPTYPE on the
# types 3.10's C modules make at run time (re.Pattern, functools.partial, array.array).
import array
import collections
import functools
import itertools
import operator
import re
import sys
import types

def gen():
    yield 1

class Meta(type):
    pass

class Plain:
    pass

class Listy(list):
    pass

kinds = [
    types.FunctionType, types.MethodType, types.BuiltinFunctionType, type(str.join), type(object.__init__),
    type, Meta, Plain, Listy, type(iter([])), type(iter(range(3))), type(iter(())), type({}.keys()), type(iter({})),
    types.FrameType, types.GeneratorType, types.CodeType, types.CellType, type(None), slice, range, zip, map,
    property, staticmethod, classmethod, types.MappingProxyType, types.SimpleNamespace, types.ModuleType,
    type(reversed([])), type(gen.__get__(1)), type(int.__dict__["real"]), type(type.__dict__["__dict__"]),
    int, bool, str, bytes, list, tuple, dict, set, frozenset, object, BaseException, ValueError,
    re.Pattern, re.Match, functools.partial, operator.itemgetter, array.array, collections.deque,
    collections.OrderedDict, collections.defaultdict, itertools.count, itertools.chain, type(sys.flags),
    type(sys.version_info), type(sys.float_info),
]
for t in kinds:
    print(t.__name__, t.__flags__ & ~(1 << 19), bool(t.__flags__ & (1 << 7)))
for t in (type(iter([])), types.FrameType, type({}.keys())):
    try:
        t()
    except TypeError as e:
        print(e)
