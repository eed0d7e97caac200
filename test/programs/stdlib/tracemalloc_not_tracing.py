# tracemalloc while nothing traces: the answers CPython gives before start(), and a warning with a
# source object ending with the hint to enable it.
import sys
import tracemalloc
import warnings
import _tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(object()), _tracemalloc._get_traces())
print(tracemalloc.clear_traces(), tracemalloc.reset_peak(), tracemalloc.stop())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError", e)
for bad in (0, 65536, -1, 1.5, "2", 2**40):
    try:
        tracemalloc.start(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for name in sorted(n for n in dir(_tracemalloc) if not n.startswith("__")):
    fn = getattr(_tracemalloc, name)
    print(name, fn.__text_signature__, fn.__doc__.splitlines()[0])
for args in ((1,), ()):
    try:
        _tracemalloc.is_tracing(*args) if args else _tracemalloc._get_object_traceback()
    except TypeError as e:
        print("TypeError", e)
print(_tracemalloc.__doc__, "_tracemalloc" in sys.builtin_module_names)

class Resource:
    pass
warnings.simplefilter("always")
warnings.warn("unclosed resource", ResourceWarning, source=Resource())
warnings.warn("no source", ResourceWarning)
