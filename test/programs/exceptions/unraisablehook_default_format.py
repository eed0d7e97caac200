# sys.__unraisablehook__ writes as write_unraisable_exc_file: "err_msg: obj" or "err_msg:" alone, "<object repr() failed>",
# then the traceback and the type as module.qualname (bare for builtins only) with ": " and str(value)
# whenever there is a value, even an empty one ("StopAsyncIteration: "), "<exception str() failed>", and
# neither SyntaxError's layout nor suggestions.
import sys
captured = []
sys.unraisablehook = captured.append
async def returns():
    try:
        yield 1
    except GeneratorExit:
        return
g = returns()
try:
    g.asend(None).send(None)
except StopIteration:
    pass
g.__del__()
sys.unraisablehook = sys.__unraisablehook__
U = type(captured[0])
print(U.__name__, len(captured[0]))

class MyErr(Exception):
    pass

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")

import json
for args in [(ValueError, ValueError(), None, None, None), (ValueError, ValueError(), None, "custom message", None), (ValueError, ValueError(""), None, "custom", 5),
             (KeyError, KeyError(""), None, None, "obj"), (KeyError, KeyError("k"), None, None, "obj"), (MyErr, MyErr("m"), None, None, 1),
             (json.JSONDecodeError, json.JSONDecodeError("x", "doc", 0), None, None, 2), (BadStr, BadStr(), None, None, 3), (ValueError, ValueError(1), None, None, BadRepr()),
             (SyntaxError, SyntaxError("bad", ("f", 1, 2, "x y", 1, 3)), None, None, 4), (NameError, NameError("name 'prnt' is not defined"), None, None, 5),
             (ValueError, None, None, None, 6), (StopIteration, StopIteration(), None, None, 7), (OSError, OSError(2, "No such file"), None, None, 8),
             (ValueError, ValueError("x"), captured[0].exc_traceback, None, 9)]:
    sys.__unraisablehook__(U(args))
    sys.stderr.flush()
    print("--")
