# The builtin constants and their protections: True/False/None cannot be assigned, __debug__.
print(True, False, None, ..., NotImplemented, __debug__, type(__debug__).__name__)
for src in ["True = 1", "None = 0", "__debug__ = 1", "del None", "def f(None): pass", "(True := 5)", "Ellipsis = 1"]:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset)
import builtins
print(getattr(builtins, "True"), getattr(builtins, "None"), builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
