# A submodule whose package refuses it as an attribute: importlib warns (ImportWarning) instead of
# failing, and `from package import name` then finds the submodule in sys.modules under the
# package's __name__ (import_from), got with getattr as any attribute is.
import sys
import types
import warnings

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    import unwritable_pkg
    from unwritable_pkg import x
    import unwritable_pkg.y
print(type(unwritable_pkg).__name__, type(x).__name__, x.value)
print(sys.modules["unwritable_pkg.y"].value)
for w in caught:
    print(w.category.__name__, w.message)
try:
    unwritable_pkg.x = 42
except AttributeError as e:
    print("AttributeError", e)


class NamedByProperty:
    @property
    def __name__(self):
        return "unwritable_pkg"


sys.modules["by_property"] = NamedByProperty()
from by_property import x as x2
print("through a property __name__:", x2 is x)


def failing(name, obj):
    sys.modules[name] = obj
    try:
        exec(f"from {name} import nothing_here")
    except ImportError as e:
        print(type(e).__name__, e, "| name", repr(e.name), "| path", repr(e.path))
    finally:
        del sys.modules[name]


class NoName:
    pass


class BadName:
    __name__ = 3


class RaisingName:
    @property
    def __name__(self):
        raise ZeroDivisionError


class HasFile:
    __name__ = "hasfile"
    __file__ = "/some/file.py"


failing("noname", NoName())
failing("badname", BadName())
failing("raisingname", RaisingName())
failing("hasfile", HasFile())
m = types.ModuleType("modfile")
m.__file__ = "/a/module.py"
failing("modfile", m)
m = types.ModuleType("modbadfile")
m.__file__ = 7
failing("modbadfile", m)
failing("nofile", types.ModuleType("nofile"))
