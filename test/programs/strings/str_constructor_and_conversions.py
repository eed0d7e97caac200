# str(), repr(), format() on many types, __str__ versus __repr__, and str subclasses.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class BadStr:
    def __str__(self):
        return 42
for obj in [None, True, 1, -1.5, 2j, "s", b"b", bytearray(b"ba"), [1, "a"], (1,), {"k": [1]}, {1}, frozenset(), range(3),
            slice(1, 2), Ellipsis, NotImplemented, OnlyRepr(), Both(), int, str, type, print, len]:
    print(str(obj), repr(obj), format(obj), f"{obj}", f"{obj!r}", "%s|%r" % (obj, obj))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: str(BadStr())))
print(err(lambda: format(object(), "x")))
print(err(lambda: str(b"x", encoding=1)))
print(str(), str(""), str(object=5), str(b"abc"), str(bytearray(b"q")), str(b"caf\xc3\xa9", "utf-8"), str(memoryview(b"m"), "ascii"))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, repr(s), s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, type(str(s)).__name__, s == "hey", len(s))
class R(str):
    def __str__(self):
        return "custom-str"
    def __repr__(self):
        return "R(...)"
r = R("base")
print(r, str(r), repr(r), f"{r}", "%s" % r, "{}".format(r), r + "!", r.upper(), [r])
