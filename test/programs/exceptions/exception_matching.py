# except clauses: matching subclasses, tuples, order of clauses, dynamic exception classes, bad except targets.
def classify(exc):
    try:
        raise exc
    except (FileNotFoundError, PermissionError):
        return "file problem"
    except OSError as e:
        return f"other OSError errno={e.errno}"
    except LookupError as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [FileNotFoundError(2, "x"), PermissionError(), OSError(5, "io"), KeyError(1), IndexError(), ZeroDivisionError(),
            OverflowError(), ValueError(), TypeError, StopIteration]:
    print(classify(exc))
handlers = (ValueError, TypeError)
try:
    int("x")
except handlers as e:
    print("dynamic tuple", type(e).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def bad_except():
    try:
        raise ValueError
    except 5:
        pass
print(err(bad_except))
def bad_except_tuple():
    try:
        raise ValueError
    except (ValueError, "str"):
        return "matched first element"
print(err(bad_except_tuple))
def raise_non_exception():
    raise 42
print(err(raise_non_exception))
def raise_class_bad_init():
    class E(Exception):
        def __init__(self, a, b):
            pass
    raise E
print(err(raise_class_bad_init))
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
