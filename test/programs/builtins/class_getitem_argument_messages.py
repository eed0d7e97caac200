# __class_getitem__ of builtin and extension types called with the wrong arguments: the message
# names the method by the type's __qualname__ ("deque.__class_getitem__()"), as
# _PyObject_FunctionStr does for a bound builtin method, of the class it is bound to (OrderedDict,
# a subclass of list).
import collections, itertools, functools, weakref, re

class Sub(list):
    pass

class Outer:
    class Inner(dict):
        pass

for c in [collections.deque, collections.defaultdict, collections.OrderedDict, itertools.chain, functools.partial, weakref.ref, list, dict, re.Pattern, re.Match, Sub, Outer.Inner]:
    for f in [lambda: c.__class_getitem__(1, 2), lambda: c.__class_getitem__(x=1), lambda: c.__class_getitem__()]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
    print(c[int])
