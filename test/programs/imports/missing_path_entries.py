# A sys.path entry naming no directory: the path hooks refuse it (FileFinder's "only directories
# are supported"), sys.path_importer_cache holds None for it, and importlib.invalidate_caches()
# forgets such entries, so a directory made there later is searched.
import importlib
import os
import pkgutil
import sys
import tempfile

print(pkgutil.get_importer("/nonexistent/dir"))
sys.path.insert(0, "/nonexistent/dir2")
try:
    import no_such_module_anywhere
except ImportError as e:
    print("ImportError:", e)
print(sys.path_importer_cache.get("/nonexistent/dir2", "missing"))

base = tempfile.mkdtemp()
sub = os.path.join(base, "later")
sys.path.insert(0, sub)
try:
    import later_mod
except ImportError as e:
    print("ImportError:", e)
print(sys.path_importer_cache[sub])
os.mkdir(sub)
with open(os.path.join(sub, "later_mod.py"), "w") as f:
    f.write("X = 1\n")
try:
    import later_mod
except ImportError as e:
    print("still ImportError:", e)
importlib.invalidate_caches()
print(sub in sys.path_importer_cache)
import later_mod
print(later_mod.X, type(sys.path_importer_cache[sub]).__name__)

# a file is no directory either
path = os.path.join(base, "plain.txt")
with open(path, "w") as f:
    f.write("")
print(pkgutil.get_importer(path))
try:
    sys.path_hooks[-1](path)
except ImportError as e:
    print("ImportError:", e, e.path == path)
try:
    sys.path_hooks[-1]("/nonexistent/dir3")
except ImportError as e:
    print("ImportError:", e, e.path)
