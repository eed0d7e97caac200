# sys.path_hooks and sys.path_importer_cache: the default FileFinder per directory (pkgutil.iter_modules
# lists them), a path hook of the program's own for a virtual entry, invalidate_caches.
import sys, pkgutil, importlib, importlib.abc, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
print(sorted(type(f).__name__ for f in sys.path_importer_cache.values() if f is not None)[:1])
print(any(repr(f) == f"FileFinder({k!r})" and k.endswith("imports") for k, f in sys.path_importer_cache.items() if f is not None))
print(sorted(n for _, n, ispkg in pkgutil.iter_modules([os.path.join(here, "pkg")])))
print([(n, p) for _, n, p in pkgutil.iter_modules([here]) if n in ("pkg", "_helper", "nsdir")])
class VFinder(importlib.abc.PathEntryFinder):
    def __init__(self, path): self.path = path
    def find_spec(self, fullname, target=None):
        if fullname == "from_hook":
            return importlib.util.spec_from_loader(fullname, VLoader())
        return None
class VLoader(importlib.abc.Loader):
    def create_module(self, spec): return None
    def exec_module(self, m): m.where = "hook"
def hook(path):
    if path == "<virtual>": return VFinder(path)
    raise ImportError("not mine")
sys.path_hooks.insert(0, hook)
sys.path.append("<virtual>")
import from_hook
print(from_hook.where, type(sys.path_importer_cache["<virtual>"]).__name__)
sys.path_importer_cache["/nonexistent-dir-xyz"] = None
importlib.invalidate_caches()
print("/nonexistent-dir-xyz" in sys.path_importer_cache)
# a path entry finder with only the legacy find_module: importlib's fallback, with its ImportWarning
import warnings, linecache  # (imported first: the legacy finder would be asked for them)
class LegacyEntry:
    def __init__(self, path): self.path = path
    def find_module(self, fullname):
        return VLoaderLegacy() if fullname == "from_legacy_hook" else None
class VLoaderLegacy(importlib.abc.Loader):
    def create_module(self, spec): return None
    def exec_module(self, m): m.where = "legacy hook"
sys.path_hooks.insert(0, lambda p: LegacyEntry(p) if p == "<legacy>" else (_ for _ in ()).throw(ImportError("no")))
sys.path.append("<legacy>")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import from_legacy_hook
print(from_legacy_hook.where, [str(w.message).split(".")[-1] for w in caught if w.category is ImportWarning])
