# How the messages about a call's * and ** arguments name the callable (_PyObject_FunctionStr): its
# __module__ and __qualname__, or its str() without a __qualname__.
import math, functools, operator
class C:
    def m(self, *a, **k): pass
    def __call__(self, *a, **k): pass
class Q:
    __qualname__ = "Renamed"
class NoMod:
    pass
obj = NoMod()
obj.__qualname__ = "objq"
NoMod.__module__ = None
class WeirdMod:
    pass
WeirdMod.__module__ = 5
targets = [None, C, int, math.sqrt, [].append, C().m, functools.partial(print), len, 5, "s", Q, obj, NoMod, WeirdMod, operator.itemgetter(1), C.m, str.join, object.__init__, type]
for t in targets:
    try: t(*5)
    except TypeError as e: print(e)
    try: t(**5)
    except TypeError as e: print(e)
