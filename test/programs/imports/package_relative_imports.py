# A package with relative imports at several levels: from . import, from .. import, re-exports in __init__.
import pkg
print(pkg.VERSION, pkg.exported_y, pkg.sub.Y, pkg.sub.where(), pkg.__doc__)
from pkg import sub2
print(sub2.Z, sub2.info())
import pkg.inner.deep as deep
print(deep.depth(), deep.__name__, deep.__package__, pkg.inner.INNER)
print(pkg.__name__, pkg.__package__, pkg.__path__, pkg.__file__, pkg.sub.__file__, pkg.__spec__.submodule_search_locations)
print(sorted(k for k in vars(pkg) if not k.startswith("__")))
from pkg.inner import deep as again
print(again is deep, "pkg.inner.deep" in __import__("sys").modules)
try:
    deep.fail()
except ValueError as e:
    print("ValueError:", e)
