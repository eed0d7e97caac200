# ascii() versus repr() on strings, containers, and objects with non-ASCII reprs.
vals = ["plain", "café", "日本", "😀", "tab\t", "\x7f\x80", "\u200b", ["ü", ("ß",)], {"k": "é"}, b"\xff", 1.5, None]
for v in vals:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return "Ré—😀"
print(repr(R()), ascii(R()), ascii([R()]), f"{R()!a}", "%a" % R(), "{!a}".format(R()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: ascii()), err(lambda: repr(1, 2)))
