# Warnings emitted by the compiler (SyntaxWarning, DeprecationWarning) recorded with warnings.catch_warnings.
import warnings
sources = [
    "x = 1 is 1",
    "y = 'a' is not 'b'",
    "z = (1, 2)(3)",
    "w = [1, 2][1.0]",
    "v = 5[0]",
    "u = 'abc'[None]",
    "s = '\\d'",
    "b = b'\\q'",
    "assert (1, 'msg')",
    "n = 0x1for x in y",
    "def f():\n    return\n    yield",
]
for src in sources:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<warn>", "exec")
            outcome = "compiled"
        except SyntaxError as e:
            outcome = f"SyntaxError: {e.msg}"
    print(repr(src), outcome, [(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1 is 1", "<err>", "exec")
    except SyntaxError as e:
        print("warning as error:", type(e).__name__, e.msg, e.lineno, e.offset)
