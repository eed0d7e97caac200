# Special attributes as CPython 3.10's types define them: type's __mro__/__base__/__basicsize__...
# are read-only members ("readonly attribute"); __class__ cannot be deleted; a function's __dict__
# and __annotations__ take dicts only; a builtin function's __module__ is writable; type.__doc__ is
# type's docstring and static types have no __annotations__; classmethod, staticmethod, property
# and BuiltinImporter have their docstrings; a bound method reads and fails as its function does and
# has no __name__ of its own to assign. Also: enumerate, zip, map and filter have no
# __length_hint__, a str iterator's counts code points, None has no __or__, bytes no __bytes__.
import builtins, operator

def t(label, f):
    try:
        v = f()
        print(label, repr(v)[:70])
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    def m(self):
        "m's doc"
def f(a: int) -> str: pass

for n in ("__mro__", "__base__", "__basicsize__", "__itemsize__", "__flags__", "__dictoffset__", "__weakrefoffset__", "__name__"):
    t("set C." + n, lambda: setattr(C, n, 1))
    t("del C." + n, lambda: delattr(C, n))
t("type(type.__dict__['__mro__'])", lambda: type(type.__dict__['__mro__']).__name__)
for o in (1, C(), f, None, []):
    t("del __class__", lambda: delattr(o, "__class__"))
t("f.__dict__ = 'v'", lambda: setattr(f, "__dict__", "v"))
t("del f.__dict__", lambda: delattr(f, "__dict__"))
t("f.__annotations__ = ()", lambda: setattr(f, "__annotations__", ()))
f.__annotations__ = None
t("f.__annotations__ after None", lambda: f.__annotations__)
t("len.__module__ = 'x'", lambda: (setattr(len, "__module__", "x"), len.__module__)[1])
t("del len.__module__", lambda: (delattr(len, "__module__"), len.__module__)[1])
t("type(len.__class__.__dict__['__module__'])", lambda: type(type(len).__dict__['__module__']).__name__)
t("type.__doc__", lambda: type.__doc__)
t("type.__annotations__", lambda: type.__annotations__)
t("int.__annotations__ = {}", lambda: setattr(int, "__annotations__", {}))
t("del C.__annotations__ (none)", lambda: delattr(C, "__annotations__"))
C.__annotations__ = {"x": int}
t("del C.__annotations__", lambda: (delattr(C, "__annotations__"), C.__annotations__)[1])
for k in (classmethod, staticmethod, property, builtins.__loader__):
    t(k.__name__ + ".__doc__", lambda: k.__doc__)
sm = staticmethod(f)
del sm.__doc__
t("sm.__doc__ deleted", lambda: sm.__doc__)
m = C().m
t("m.__name__", lambda: (m.__name__, m.__qualname__, m.__module__, m.__doc__))
t("m.co_name", lambda: m.co_name)
t("m.__name__ = 'x'", lambda: setattr(m, "__name__", "x"))
t("del m.__qualname__", lambda: delattr(m, "__qualname__"))
C.m.tag = 5
t("m.tag", lambda: m.tag)
for o in (map(str, [1, 2]), filter(None, [1]), zip([1], [2]), enumerate([1]), reversed([1, 2]), iter("a\U0001F600b"), iter(b"ab")):
    t(type(o).__name__, lambda: (operator.length_hint(o, -1), hasattr(o, "__length_hint__")))
t("None | None", lambda: None | None)
t("None | int", lambda: None | int)
t("int | None", lambda: int | None)
t("hasattr(None, '__or__')", lambda: hasattr(None, "__or__"))
t("b'x'.__bytes__", lambda: b"x".__bytes__())
class B(bytes): pass
t("bytes(B(b'ab'))", lambda: (bytes(B(b"ab")), type(bytes(B(b"ab"))).__name__))
