# printf-style %d/%x/%c/%f of objects with odd __int__/__index__/__float__: PyNumber_Long and
# PyNumber_Index errors of the TypeError kind read as the conversion's own message, and
# PyFloat_AsDouble checks what __float__ returned.
import warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            out = label + " -> " + repr(f())
        except Exception as e:
            out = label + " !! " + type(e).__name__ + " " + str(e)
        for x in w:
            out += " [" + x.category.__name__ + ": " + str(x.message) + "]"
    print(out)

def returning(name, value, base=object):
    return type("A", (base,), {name: lambda self: value})

def raising(name, exc, base=object):
    def f(self): raise exc
    return type("A", (base,), {name: f})

class IntSub(int): pass
class FloatSub(float): pass

objects = [
    ("__int__ -> 7", returning("__int__", 7)()),
    ("__int__ -> 'x'", returning("__int__", "x")()),
    ("__int__ -> IntSub", returning("__int__", IntSub(3))()),
    ("__int__ -> None", returning("__int__", None)()),
    ("__int__ = None", type("A", (), {"__int__": None})()),
    ("__int__ raises KeyError", raising("__int__", KeyError("k"))()),
    ("__int__ raises TypeError", raising("__int__", TypeError("own"))()),
    ("__index__ -> 5", returning("__index__", 5)()),
    ("__index__ -> 1.5", returning("__index__", 1.5)()),
    ("__index__ raises TypeError", raising("__index__", TypeError("own"))()),
    ("__index__ raises ValueError", raising("__index__", ValueError("v"))()),
    ("__float__ -> 2.5", returning("__float__", 2.5)()),
    ("__float__ -> 1", returning("__float__", 1)()),
    ("__float__ -> [1]", returning("__float__", [1])()),
    ("__float__ -> FloatSub", returning("__float__", FloatSub(0.5))()),
    ("__float__ raises ValueError", raising("__float__", ValueError("v"))()),
    ("str subclass with __int__", returning("__int__", -(2**70), str)("s")),
    ("str subclass with __int__ = None", type("A", (str,), {"__int__": None})("s")),
    ("float subclass with __int__", returning("__int__", 1, float)(2.5)),
    ("int subclass with __float__", returning("__float__", 9.5, int)(7)),
    ("int subclass with __float__ -> self", type("A", (int,), {"__float__": lambda self: self})(7)),
    ("list subclass with __index__ -> 1j", returning("__index__", 1j, list)([1])),
    ("plain object", object()),
    ("'s'", "s"),
    ("'ab'", "ab"),
    ("3.75", 3.75),
]
for label, o in objects:
    for conv in "d i x o X c f g e".split():
        show(f"'%{conv}' % ({label})", lambda: f"%{conv}" % (o,))
    for conv in "d x c f b".split():
        show(f"b'%{conv}' % ({label})", lambda: (b"%" + conv.encode()) % (o,))

def returning_bytes(value):
    return type("B", (), {"__bytes__": lambda self: value})()
for v in (b"ok", bytearray(b"ba"), "str", 1, [1], None):
    show(f"b'%b' % (__bytes__ -> {v!r})", lambda: b"%b" % (returning_bytes(v),))
    show(f"b'%s' % (__bytes__ -> {v!r})", lambda: b"%s" % (returning_bytes(v),))

class BA(bytearray): pass
for target in (bytearray(b"q"), BA(b"q")):
    for other in ("ab", [1], 5, b"z", memoryview(b"m")):
        def iadd():
            x = target.__class__(target)
            x += other
            return x
        show(f"{type(target).__name__} += {type(other).__name__}", iadd)
