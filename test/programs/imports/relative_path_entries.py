# Relative sys.path entries: CPython 3.10's FileFinder joins its directory to the current one
# (bpo-43105), so a module found there has an absolute __file__, while sys.path_importer_cache
# keeps the finder under the entry as written. '.' stays a path component, a trailing '/' goes.
import os
import sys

here = "test/programs/imports"  # relative to the cwd, the project root
entry = os.path.join(here, "nsdir", "")
sys.path.insert(0, entry)
import mod

print(os.path.isabs(mod.__file__), os.path.relpath(mod.__file__), mod.__spec__.origin == mod.__file__)
finder = sys.path_importer_cache[entry]
print(type(finder).__name__, os.path.relpath(finder.path), finder.path.endswith("/"))
print(os.path.join(os.getcwd(), here, "nsdir") == finder.path)
sys.path.remove(entry)
del sys.modules["mod"]

dotted = os.path.join(".", here, "nsdir")
sys.path.insert(0, dotted)
import mod

print(mod.__file__ == os.path.join(os.getcwd(), dotted, "mod.py"), "/./" in mod.__file__)
print(sys.path_importer_cache[dotted].path == os.path.join(os.getcwd(), dotted))
