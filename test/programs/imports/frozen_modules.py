# CPython 3.10's frozen modules: FrozenImporter between BuiltinImporter and PathFinder on
# sys.meta_path, __hello__/__phello__/__phello__.spam, zipimport and importlib's bootstrap frozen
# (origin 'frozen', no __file__), and _imp's frozen functions.
import sys
print([f.__name__ for f in sys.meta_path if isinstance(f, type)])  # (the oracle adds a finder of its own)
import __hello__
print(__hello__.__spec__, sorted(vars(__hello__)), __hello__.initialized)
import __phello__.spam
print(__phello__.__spec__, __phello__.__path__, __phello__.__package__, __phello__.spam.__package__)
print(__phello__.spam.__spec__, __phello__.spam.initialized)
import zipimport
print(zipimport.__spec__, hasattr(zipimport, "__file__"), zipimport.zipimporter.__module__)
import _imp
for name in ["__hello__", "__phello__", "__phello__.spam", "zipimport", "_frozen_importlib", "_frozen_importlib_external", "importlib._bootstrap", "os", "sys", ""]:
    print(repr(name), _imp.is_frozen(name), end=" ")
    for f in (_imp.is_frozen_package, _imp.get_frozen_object):
        try:
            r = f(name)
            print(r if type(r) is bool else (r.co_filename, r.co_name), end=" ")
        except ImportError as e:
            print(type(e).__name__, e, e.name, end=" ")
    print()
c = _imp.get_frozen_object("__hello__")
print(c.co_consts, c.co_names, c.co_code, c.co_lnotab, c.co_firstlineno, c.co_stacksize, c.co_flags)
print(_imp.init_frozen("nope"))
m = _imp.init_frozen("__hello__")
print(m.__name__, sys.modules["__hello__"] is m, m is not __hello__, hasattr(m, "__spec__"))

from importlib.machinery import FrozenImporter
import importlib.util
print(FrozenImporter.find_spec("__phello__"), FrozenImporter.find_spec("os"), FrozenImporter.find_module("__hello__"))
print(FrozenImporter.is_package("__phello__"), FrozenImporter.get_source("__hello__"), FrozenImporter.get_code("__phello__.spam").co_filename)
print(FrozenImporter.module_repr(__hello__), FrozenImporter in sys.meta_path)
for meth in ("is_package", "get_source", "get_code"):
    try:
        getattr(FrozenImporter, meth)("os")
    except ImportError as e:
        print(meth, type(e).__name__, e, e.name)
print(importlib.util.find_spec("__phello__.spam"))
del sys.modules["__hello__"]
importlib.import_module("__hello__")
print(type(sys.modules["_frozen_importlib"].__loader__).__name__, sys.modules["_frozen_importlib"].__spec__)
