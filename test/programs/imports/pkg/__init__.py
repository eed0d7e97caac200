"""Package pkg: re-exports from its submodules."""
print("pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
from . import sub
from .sub import Y as exported_y
VERSION = "1.0"
