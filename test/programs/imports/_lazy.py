"""Module-level __getattr__ and __dir__ (PEP 562)."""
import_count = 0
def __getattr__(name):
    if name.startswith("lazy_"):
        return f"lazily made {name}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["import_count", "lazy_anything"]
