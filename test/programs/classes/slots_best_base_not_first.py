# A class with __slots__ of its own whose best base (__base__) is not its first base makes its
# instances with that base's layout: class C1(ABC, C0), C0 a dict subclass, gave plain objects
# (repr and len failed with internal errors).
from abc import ABC


class Mixin:
    pass


for builtin, args in [(dict, ({"k": 1},)), (list, ([1, 2],)), (int, (5,)), (str, ("ab",)), (tuple, ((1,),)), (bytearray, (b"xy",)),
                      (set, ({3},)), (float, (1.5,)), (Exception, ("e",)), (dict, ())]:
    try:
        base = type("B", (builtin,), {"__slots__": ("a", "b")})
    except TypeError as e:  # (int, str, tuple, bytes...: no nonempty __slots__)
        print(builtin.__name__, "TypeError", e)
        continue
    for first in (ABC, Mixin, object):
        try:
            cls = type("C", (first, base), {"__slots__": ("a", "b")})
        except TypeError as e:
            print(builtin.__name__, first.__name__, "TypeError", e)
            continue
        o = cls(*args)
        o.a = 1
        print(builtin.__name__, first.__name__, cls.__base__.__name__, repr(o) if builtin is not Exception else repr(o.args), len(o) if hasattr(o, "__len__") else "-", isinstance(o, builtin), o.a)
        s = type("S", (first, builtin), {"__slots__": ("z",)})(*args)
        s.z = 2
        print("  ", repr(s) if builtin is not Exception else s.args, s.z)
    print(builtin.__name__, repr(type("D", (Mixin, builtin), {})(*args)) if builtin is not Exception else "-")
