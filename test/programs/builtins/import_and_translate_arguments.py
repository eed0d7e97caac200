# __import__ binds its arguments as PyArg_ParseTupleAndKeywords does (a name given twice is an
# error), and bytes/bytearray.translate check the table's length before reading `delete`.
def t(label, f):
    try:
        r = f()
        print(label, "->", getattr(r, "__name__", r))
    except BaseException as e:
        print(label, type(e).__name__, e)


t("import kw twice", lambda: __import__("sys", name="sys"))
t("import kw", lambda: __import__(name="sys"))
t("import none", lambda: __import__())
t("import many", lambda: __import__("sys", None, None, (), 0, 1))
t("import bad kw", lambda: __import__("sys", x=1))
t("import level kw", lambda: __import__("os", level=0))
t("import fromlist", lambda: __import__("os.path", fromlist=["join"]))
t("import bytes", lambda: __import__(b"sys"))
for cls in (bytes, bytearray):
    x = cls(b"abc")
    t(f"{cls.__name__} short table, bad delete", lambda: x.translate(b"1", 1))
    t(f"{cls.__name__} None, bad delete", lambda: x.translate(None, 1))
    t(f"{cls.__name__} short table", lambda: x.translate(b"1"))
    t(f"{cls.__name__} None, delete", lambda: x.translate(None, b"b"))
    t(f"{cls.__name__} table", lambda: x.translate(bytes(range(256))[::-1], b"a"))
    t(f"{cls.__name__} delete kw", lambda: x.translate(None, delete=b"c"))
