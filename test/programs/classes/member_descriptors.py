# Which attributes of builtin objects are member descriptors (PyMemberDef) and which getset descriptors,
# and what assigning a read-only one says ("readonly attribute").
def f(): pass
class C:
    def m(self): pass
p = property(f)
items = [("property", p, ["fget", "fset", "fdel", "__doc__"]), ("complex", 1j, ["real", "imag"]), ("staticmethod", staticmethod(f), ["__func__", "__wrapped__"]),
         ("classmethod", classmethod(f), ["__func__", "__wrapped__"]), ("method", C().m, ["__func__", "__self__"]),
         ("function", f, ["__closure__", "__globals__", "__builtins__", "__doc__", "__module__"]), ("float", 1.0, ["real", "imag"]),
         ("int", 1, ["real", "imag", "numerator", "denominator"]), ("super", super(C, C()), ["__thisclass__", "__self__", "__self_class__"]),
         ("StopIteration", StopIteration(1), ["value"]), ("OSError", OSError(1, "x"), ["errno", "strerror", "filename"]),
         ("SyntaxError", SyntaxError("m"), ["msg", "lineno"]), ("code", f.__code__, ["co_name", "co_argcount"]),
         ("cell", (lambda x: lambda: x)(1).__closure__[0], ["cell_contents"]), ("frame", __import__("sys")._getframe(), ["f_back", "f_lineno", "f_trace"]),
         ("memoryview", memoryview(b""), ["obj", "nbytes"]), ("BaseException", BaseException(), ["args", "__traceback__"])]
for label, obj, names in items:
    for n in names:
        d = None
        for k in type(obj).__mro__:
            if n in k.__dict__:
                d = k.__dict__[n]; break
        kind = type(d).__name__
        try:
            setattr(obj, n, getattr(obj, n))
            res = "set ok"
        except Exception as e:
            res = "%s: %s" % (type(e).__name__, e)
        print(label, n, kind, res)
