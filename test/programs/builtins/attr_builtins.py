# getattr/setattr/hasattr/delattr: defaults, names that are not identifiers, properties raising, type errors.
class C:
    x = 1
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("property says missing")
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "missing"))
setattr(c, "y", 2)
setattr(c, "not an identifier!", 3)
setattr(c, "", 4)
print(c.y, getattr(c, "not an identifier!"), getattr(c, ""), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"), getattr(c, "missing", "fallback"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: hasattr(c, "boom")))
print(err(lambda: getattr(c, "boom", "default ignored for ValueError")))
print(err(lambda: getattr(c, 1)))
print(err(lambda: setattr(c, 1, 1)))
print(err(lambda: delattr(c, "never")))
print(err(lambda: getattr(c)))
print(err(lambda: getattr(c, "zz")))
print(err(lambda: delattr(C, "x")), hasattr(C, "x"))
class S(str):
    pass
setattr(c, S("sub"), "via str subclass")
print(getattr(c, "sub"), getattr(c, S("sub")))
