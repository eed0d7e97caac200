# Builtin constructors that take no keywords refuse them only for the exact type: a subclass's
# keywords are for its own __init__/__new__ (CPython checks `type == &PyFilter_Type`). The
# itertools constructors that do take keywords check them in PyArg_ParseTupleAndKeywords's order.
import collections
import itertools as it

types_args = [
    (filter, (None, [1, 0, 2])), (map, (str, [1, 2])), (reversed, ([1, 2],)), (tuple, ([1, 2],)),
    (list, ([1, 2],)), (float, ("1.5",)), (it.chain, ([1], [2])), (it.cycle, ([],)),
    (it.islice, ([1, 2, 3], 2)), (it.starmap, (pow, [(2, 3)])), (it.takewhile, (bool, [1, 0, 1])),
    (it.dropwhile, (bool, [1, 0, 1])), (it.filterfalse, (bool, [1, 0, 2])), (it.pairwise, ([1, 2, 3],)),
    (set, ([1],)), (frozenset, ([1],)), (bytearray, (b"ab",)), (dict, ()), (collections.deque, ([1],)),
    (staticmethod, (len,)), (classmethod, (len,)), (zip, ([1], [2])), (enumerate, ([1],)),
]
for t, a in types_args:
    class WithInit(t):
        def __init__(self, *args, **kw):
            pass

    class WithNew(t):
        def __new__(cls, *args, **kw):
            return t.__new__(cls, *args, **kw)

    class Plain(t):
        pass

    for Sub in (WithInit, WithNew, Plain):
        try:
            obj = Sub(*a, x=1)
            shown = list(obj) if hasattr(obj, "__iter__") and not isinstance(obj, (dict, set, frozenset)) else type(obj).__name__
            print(t.__name__, Sub.__name__, "ok", shown)
        except Exception as e:
            print(t.__name__, Sub.__name__, type(e).__name__, e)
    try:
        t(*a, x=1)
        print(t.__name__, "exact ok")
    except Exception as e:
        print(t.__name__, "exact", type(e).__name__, e)

calls = [
    "it.count(x=1)", "it.count(0, 1, x=1)", "it.count(x=1, y=2, z=3)", "it.count(start=1, x=2)", "it.count(1, start=2)",
    "it.count(start=1, step=2, x=3)", "it.repeat(1, x=1)", "it.repeat(x=1)", "it.repeat(1, 2, times=3)",
    "list(it.repeat(times=2, object=1))", "it.accumulate([], x=1)", "it.accumulate(x=1)", "it.compress([], [], x=1)",
    "it.compress(data=[], x=1)", "it.groupby([], x=1)", "it.groupby(x=1)", "[k for k, g in it.groupby(key=None, iterable=[1])]",
    "it.combinations([], 1, x=1)", "it.combinations([], x=1)", "it.combinations(x=1, y=2, z=3)",
    "list(it.combinations(r=1, iterable=[1, 2]))", "it.combinations_with_replacement([], x=1)", "it.permutations([], x=1)",
    "it.permutations([], 1, x=1)", "it.product([], x=1)", "it.product(repeat=1, x=1)", "it.product([], repeat=1, x=1)",
    "it.zip_longest(x=1)", "zip(x=1, y=2)", "zip(strict=True, x=1)", "it.tee([], x=1)", "it.tee([], 1, 2)",
    "it.islice([], 1, x=1)", "it.chain.from_iterable([], x=1)", "it.chain.from_iterable()", "it.chain.from_iterable(1, 2)",
    "it.cycle()", "it.cycle(x=1)", "tuple(x=1)", "tuple([], [])", "list([], [])", "staticmethod(len, x=1)", "classmethod(x=1)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
