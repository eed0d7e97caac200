# Reprs of builtin functions and methods (no addresses), and their __name__/__qualname__/__self__/__text_signature__.
import math
items = [len, print, math.sqrt, [].append, "".join, dict.fromkeys, int.from_bytes, str.upper, object.__init__, type.__call__]
for it in items:
    r = repr(it)
    r = r.split(" at 0x")[0] + (">" if " at 0x" in r else "")
    print(r, getattr(it, "__name__", None), getattr(it, "__qualname__", None), type(it).__name__)
print(len.__text_signature__, math.sqrt.__text_signature__, print.__text_signature__, divmod.__text_signature__)
print(len.__self__, math.sqrt.__self__.__name__, [].append.__self__, str.upper.__objclass__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(len.__doc__.splitlines()[0], abs.__module__, math.floor.__module__)
