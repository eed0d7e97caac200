# Finders of the program's own on sys.meta_path: a package with submodules, legacy find_module,
# a finder that raises, one that blocks a module, a loader whose exec_module fails.
import sys, importlib.abc, importlib.util, importlib.machinery, types

SOURCES = {"vpkg": "X = 'pkg'", "vpkg.sub": "from . import helper\nY = helper.Z * 2", "vpkg.helper": "Z = 21"}

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)

class Finder(importlib.abc.MetaPathFinder):
    def __init__(self): self.asked = []
    def find_spec(self, name, path, target=None):
        self.asked.append((name, path if path is None else list(path)))
        if name in SOURCES:
            return importlib.util.spec_from_loader(name, Loader(), is_package=(name == "vpkg"))
        return None

f = Finder()
sys.meta_path.insert(0, f)
import vpkg.sub
print(vpkg.X, vpkg.sub.Y, vpkg.sub.__package__, vpkg.__path__, vpkg.__spec__.parent)
from vpkg import helper
print(helper.Z, "vpkg.helper" in sys.modules)
import _helper, pkg.sub, itertools
print(_helper.X, pkg.sub.Y, itertools.__spec__.loader.__name__, itertools.__spec__.origin)
print([(n, p is None) for n, p in f.asked if n in ("vpkg", "vpkg.sub", "vpkg.helper", "_helper", "pkg", "pkg.sub")])

class Legacy:
    def find_module(self, name, path=None):
        return self if name == "legacy_mod" else None
    def load_module(self, name):
        m = types.ModuleType(name); m.v = 7; sys.modules[name] = m; return m
import warnings, linecache  # (imported before the legacy finder joins: it would be asked for what they import)
sys.meta_path.append(Legacy())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import legacy_mod
print(legacy_mod.v, sorted(set(str(x.category.__name__) for x in w)))

class Failing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "boom": raise RuntimeError("finder failed")
sys.meta_path.insert(0, Failing())
try: import boom
except RuntimeError as e: print("RuntimeError", e)
try: import does_not_exist_anywhere
except ModuleNotFoundError as e: print("MNF", e, e.name)

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "pkg.sub2": raise ImportError("pkg.sub2 is blocked", name=name)
sys.meta_path.insert(0, Blocker())
try: import pkg.sub2
except ImportError as e: print(type(e).__name__, e)
class ExecFails(importlib.abc.Loader):
    def create_module(self, spec): return None
    def exec_module(self, module): raise ValueError("bad module body")
class F2(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "badmod": return importlib.util.spec_from_loader(name, ExecFails())
sys.meta_path.insert(0, F2())
try: import badmod
except ValueError as e: print("ValueError", e, "badmod" in sys.modules)
