# type(name, bases, ns): __base__ is the best base (the one whose layout wins, int for (B, int)),
# the name must encode as UTF-8 and hold no NUL (also when assigned to __name__), a str __doc__
# must encode, every __slots__ name (a lone str too) must be an identifier, and a __dict__ slot
# is refused when the base already gives instances a dict.
def t(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, type(e).__name__, e)


class B:
    pass


C = type("C", (B, int), {})
print(C.__base__, C.__bases__, C(42) + 1)


class D(B, int):
    pass


print(D.__base__, D.__mro__)
t("E", lambda: type("E", (B, dict), {}).__base__)
t("E2", lambda: type("E2", (B, list, object), {}).__base__)
t("name nul", lambda: type("A\x00B", (), {}))
t("name surr", lambda: type("A\udcdcB", (), {}))
t("name bytes", lambda: type(b"A", (), {}))
t("name ok", lambda: type("\U0001f40d", (), {}).__name__ == "\U0001f40d")
for s in [b"x", "", "42", "x\x00y", "x", ("a", "1b"), ["ok"]]:
    t(f"slots {s!r}", lambda: type("A", (), {"__slots__": s}).__name__)
t("slots int", lambda: type("A", (int,), {"__slots__": "x"}))


class BB:
    pass


class Sl:
    __slots__ = ()


t("slots dict", lambda: type("A", (BB,), {"__slots__": "__dict__"}))
t("slots weakref", lambda: type("A", (BB,), {"__slots__": "__weakref__"}))
t("slots str sub", lambda: type("A", (), {"__slots__": type("S", (str,), {})("1x")}))
t("slots dict twice", lambda: type("A", (), {"__slots__": ("__dict__", "__dict__")}))
t("slots dict ok", lambda: "__dict__" in dir(type("A", (), {"__slots__": ("__dict__",)})()))
t("slots dict ok2", lambda: type("A", (Sl,), {"__slots__": ("__dict__",)}).__name__)
t("type doc", lambda: type("A", (), {"__doc__": "x\udcdcy"}).__doc__)
t("type doc ok", lambda: type("A", (), {"__doc__": 5}).__doc__)


class Q:
    pass


t("setname nul", lambda: setattr(Q, "__name__", "a\x00b"))
t("setname surr", lambda: setattr(Q, "__name__", "a\udcdcb"))
t("name after", lambda: Q.__name__)


class M1:
    pass


class M2:
    pass


K = type("K", (M1,), {})
K.__bases__ = (M2, M1)
print(K.__base__.__name__)
