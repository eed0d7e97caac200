# A directory without __init__.py is a namespace package; its modules import normally.
import nsdir.mod
import nsdir
print(nsdir.mod.VALUE, nsdir.__file__ if hasattr(nsdir, "__file__") else "no __file__", list(nsdir.__path__), nsdir.__spec__.origin)
print(repr(nsdir).startswith("<module 'nsdir' (namespace)"), nsdir.mod.__name__, nsdir.mod.__package__)
from nsdir.mod import VALUE
print(VALUE)
