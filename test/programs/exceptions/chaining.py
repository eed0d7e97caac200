# Exception chaining: implicit __context__, explicit __cause__ with raise from, from None, and the flags.
def implicit():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
def explicit():
    try:
        raise ValueError("first")
    except ValueError as e:
        raise KeyError("second") from e
def suppressed():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second") from None
def from_other():
    raise KeyError("second") from TypeError("unrelated cause")
for f in [implicit, explicit, suppressed, from_other]:
    try:
        f()
    except KeyError as e:
        print(f.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(v.__cause__ is v.__context__, type(v.__cause__).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def bad_cause():
    raise ValueError("x") from 5
print(err(bad_cause))
def cause_class():
    raise ValueError("x") from KeyError
try:
    cause_class()
except ValueError as e:
    print(repr(e.__cause__))
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__)
e.__context__ = TypeError("ctx")
print(repr(e.__context__), e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
def context_in_finally():
    try:
        raise ValueError("in try")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as k:
            return repr(k.__context__)
print(context_in_finally())
def no_self_cycle():
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise a
        except ValueError as again:
            return again.__context__
print(no_self_cycle())
