# Messages name a type by its tp_name: "module.Name" for the types of C modules ('_csv.Dialect',
# 'itertools.count', '_io.StringIO', 're.Pattern', 'types.SimpleNamespace'), the bare name for
# builtins and classes; __name__, __qualname__ and reprs keep the short name.
import csv
import datetime
import functools
import io
import itertools
import pickle
import re
import types

objs = [
    csv.get_dialect("excel"), csv.reader([]), csv.writer(io.StringIO()), itertools.count(), itertools.pairwise([]),
    itertools.groupby(""), types.SimpleNamespace(), datetime.date(2020, 1, 1), io.StringIO(), io.BytesIO(),
    functools.partial(print), re.compile("a"), re.match("a", "a"),
]
for o in objs:
    print(type(o).__name__, type(o).__qualname__, type(o).__module__)
    for what, f in [("getattr", lambda: o.nope), ("call", lambda: o()), ("len", lambda: len(o)), ("sub", lambda: o[0]),
                    ("add", lambda: o + 1), ("radd", lambda: 1 + o), ("pickle", lambda: pickle.dumps(o, 2)), ("setattr", lambda: setattr(o, "nope", 1))]:
        try:
            f()
            print("  ", what, "ok")
        except Exception as e:
            print("  ", what, type(e).__name__, str(e))
for o, state in [(io.BytesIO(), 1), (io.StringIO(), (1,))]:
    try:
        o.__setstate__(state)
    except TypeError as e:
        print(e)
try:
    pickle.dumps(csv.get_dialect("excel"), 0)
except TypeError as e:
    print(e)
print(repr(itertools.count(3)), repr(itertools.repeat("x", 2)), types.SimpleNamespace(a=1), repr(functools.partial(max, 1)).split(" at ")[0])
print(itertools.count, itertools._grouper, io.StringIO, csv.Dialect, re.Pattern, types.SimpleNamespace)


class C(itertools.count):
    pass


print(repr(C(2)))
try:
    C(2).nope
except AttributeError as e:
    print(e)
