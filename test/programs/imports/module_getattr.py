# Module-level __getattr__ and __dir__ (PEP 562), module objects and types.ModuleType.
import _lazy
print(_lazy.lazy_value, _lazy.lazy_other, dir(_lazy), _lazy.import_count)
try:
    _lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
from _lazy import lazy_imported
print(lazy_imported)
import types
m = types.ModuleType("made", "a docstring")
m.x = 5
print(m, m.__name__, m.__doc__, m.x, sorted(vars(m)), type(m).__name__)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
import sys
print(repr(sys), type(sys).__name__, sys.__name__, sys.__spec__.name, sys.__loader__.__name__)
