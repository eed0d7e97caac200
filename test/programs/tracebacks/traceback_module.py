# The traceback module inside a program: print_exc, format_exc, format_exception with chains, limit=, TracebackException.
import traceback, sys, io
def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer failed") from e
try:
    outer()
except ValueError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue(), end="")
    print("----")
    print(traceback.format_exc(limit=1), end="")
    print("----")
    print(traceback.format_exc(chain=False), end="")
    e = sys.exc_info()[1]
    print("----")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=-1)), end="")
    te = traceback.TracebackException.from_exception(e)
    print("----", te.exc_type.__name__, len(te.stack), te.stack[0].name, te.__cause__.exc_type.__name__)
    print("".join(te.format_exception_only()), end="")
    print([f.name for f in traceback.extract_tb(e.__traceback__)], [f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])
print(traceback.format_exception_only(ZeroDivisionError, ZeroDivisionError("x")))
try:
    exec("def f(:\n  pass")
except SyntaxError:
    print(traceback.format_exc(), end="")
