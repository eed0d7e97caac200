# from m import * (import_all_from): __all__ is read item by item as a sequence until IndexError;
# a name that is not a str is a TypeError naming the module and where the name came from.
import sys
import types


def star(name, mod, ns=None):
    sys.modules[name] = mod
    ns = {} if ns is None else ns
    try:
        exec(f"from {name} import *", {}, ns)
        print(name, "->", sorted(k for k in ns if not k.startswith("__")))
    except Exception as e:
        print(name, type(e).__name__, e)
    finally:
        del sys.modules[name]


m = types.ModuleType("spam")
m.__all__ = [b"invalid_type"]
star("spam", m)

m = types.ModuleType("eggs")
m.__dict__[b"invalid_type"] = object()
star("eggs", m)

m = types.ModuleType("ham")
m.__all__ = ["a", 1]
m.a = 1
star("ham", m)


class Seq:
    def __init__(self, names):
        self.names = names

    def __getitem__(self, i):
        print("  item", i)
        return self.names[i]

    def __iter__(self):
        raise AssertionError("not iterated")


m = types.ModuleType("seqall")
m.__all__ = Seq(["x", "y"])
m.x, m.y = 1, 2
star("seqall", m)

m = types.ModuleType("setall")
m.__all__ = {"x"}
m.x = 1
star("setall", m)

m = types.ModuleType("dictall")
m.__all__ = {"x": 1}
m.x = 1
star("dictall", m)


class NoName:
    __all__ = [3]


star("noname", NoName())


class BadName:
    __all__ = [3]
    __name__ = 42


star("badname", BadName())


class NoDict:
    __slots__ = ()

    def __getattribute__(self, name):
        raise AttributeError(name)


star("nodict", NoDict())


class Recorder(dict):
    def __setitem__(self, k, v):
        print("  setitem", k)
        super().__setitem__(k, v)


m = types.ModuleType("rec")
m.p, m._q = 1, 2
star("rec", m, Recorder())

m = types.ModuleType("missing")
m.__all__ = ["there", "not_there"]
m.there = 1
star("missing", m)
