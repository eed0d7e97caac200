# A namespace package's __path__ is importlib's _NamespacePath, which finds portions added to its
# parent path later; PathFinder.find_spec gives such a package no loader (the import makes one);
# importlib.resources reads through its portions.
import os, sys

for d, name, text in [("/tmp/nsa/pkgns", "a.py", "A = 1\n"), ("/tmp/nsb/pkgns", "b.py", "B = 2\n"), ("/tmp/nsa/pkgns/sub", "c.py", "C = 3\n")]:
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "w") as f:
        f.write(text)
with open("/tmp/nsa/pkgns/data.txt", "w") as f:
    f.write("hello")

sys.path.insert(0, "/tmp/nsa")
import pkgns, pkgns.a
print(type(pkgns.__path__).__name__, pkgns.__path__, list(pkgns.__path__), len(pkgns.__path__))
print(pkgns.__file__, pkgns.__spec__.origin, type(pkgns.__loader__).__name__, pkgns.__loader__._path is pkgns.__path__)
print(pkgns.__spec__.submodule_search_locations is pkgns.__path__, pkgns.__spec__.has_location, pkgns.__spec__.loader is pkgns.__loader__)
print(repr(pkgns).startswith("<module 'pkgns' (namespace)>"), "/tmp/nsa/pkgns" in pkgns.__path__)

sys.path.append("/tmp/nsb")
import pkgns.b
print(pkgns.__path__, pkgns.b.B)
import pkgns.sub.c
print(type(pkgns.sub.__path__).__name__, pkgns.sub.__path__, pkgns.sub.c.C)

import importlib.util, importlib.machinery
spec = importlib.util.find_spec("pkgns")
print(type(spec.loader).__name__, spec.origin, type(spec.submodule_search_locations).__name__, spec.submodule_search_locations)
spec = importlib.machinery.PathFinder.find_spec("pkgns")
print(spec.name, spec.loader, spec.submodule_search_locations)
print(importlib.machinery.PathFinder.find_module("pkgns"), importlib.machinery.PathFinder.find_spec("no_such_pkgns"))

import importlib.resources
print(importlib.resources.is_resource("pkgns", "data.txt"), sorted(importlib.resources.contents("pkgns")))
print(importlib.resources.read_text("pkgns", "data.txt"))
