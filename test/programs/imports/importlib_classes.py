# Specs, loaders and finders are importlib's own classes, as CPython's frozen importlib makes
# them: before and after importlib is imported, for modules imported before and after it.
import sys, json
import importlib, importlib.machinery as machinery, importlib.util
import json.decoder, pkgutil, traceback


def name(x):
    return f"{type(x).__module__}.{type(x).__qualname__}"


print(name(json.__spec__), name(json.__loader__))
print(type(json.__loader__) is machinery.SourceFileLoader, isinstance(json.__spec__, machinery.ModuleSpec))
print(type(json.decoder.__loader__) is machinery.SourceFileLoader, json.decoder.__spec__.parent, json.__spec__.parent)
print(json.__spec__.has_location, json.__spec__.cached == json.__cached__, json.__loader__.name, json.__loader__.is_package("json"))
print(sys.__loader__ is machinery.BuiltinImporter, sys.modules["math"].__spec__.loader is machinery.BuiltinImporter if "math" in sys.modules else True)
import math
print(math.__loader__ is machinery.BuiltinImporter, math.__spec__.origin, name(math.__spec__))
print(sys.modules["_frozen_importlib"] is importlib._bootstrap, sys.modules["_frozen_importlib_external"] is importlib._bootstrap_external)
print(importlib._bootstrap.__name__, importlib._bootstrap.ModuleSpec.__module__, machinery.SourceFileLoader.__module__)
print(importlib._bootstrap.__spec__.name, importlib._bootstrap.__spec__.origin, importlib._bootstrap.__loader__ is machinery.FrozenImporter)
print(machinery.BuiltinImporter in sys.meta_path)
finder = pkgutil.get_importer(json.__path__[0])
print(isinstance(finder, machinery.FileFinder), finder.path == json.__path__[0])
print(name(importlib.util.find_spec("json.tool").loader))
print(json.__loader__.get_source("json").startswith('r"""JSON (JavaScript Object Notation)'))
try:
    importlib.import_module("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e)
    for fs in traceback.extract_tb(e.__traceback__):
        if fs.filename.startswith("<frozen"):
            print(fs.filename, fs.name, repr(fs.line))  # (line numbers differ between 3.10 releases)
print(repr(importlib._bootstrap_external._bootstrap is importlib._bootstrap))
# (no module is left marked as being initialized: importlib's spec changed class while it ran)
print(getattr(importlib.__spec__, "_initializing", None), [n for n, m in sys.modules.items() if getattr(getattr(m, "__spec__", None), "_initializing", False)])
