# exit: 1
# Exceptions natives raise in code that runs once (the interpreter's loop): a builtin, a method
# descriptor, a builtin type's constructor, keyword calls, a failed import, unpacking, and each
# traceback, context and trace event as CPython has them.
import sys
import traceback

events = []


def tracer(frame, event, arg):
    if event == "exception" and frame.f_code.co_name == "once":
        events.append((frame.f_lineno - once.__code__.co_firstlineno, arg[0].__name__))
    return tracer


def once():
    out = []
    try:
        int("abc")
    except ValueError as e:
        out.append(str(e))
    try:
        [].index(1)
    except ValueError as e:
        out.append(str(e))
    try:
        sorted([3, "a"])
    except TypeError as e:
        out.append(str(e))
    try:
        dict(a=1).pop("b")
    except KeyError as e:
        out.append(repr(e))
    try:
        int("12", base=99)
    except ValueError as e:
        out.append(str(e))
    try:
        import _no_such_module_here
    except ImportError as e:
        out.append((type(e).__name__, e.name))
    try:
        from os import no_such_name
    except ImportError as e:
        out.append(str(e).split(" (")[0])
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        out.append(str(e))
    try:
        try:
            int("x")
        except ValueError:
            len(5)
    except TypeError as e:
        out.append((str(e), str(e.__context__)))
    return out


sys.settrace(tracer)
print(once())
sys.settrace(None)
print(events)
try:
    once.__code__.co_consts[0] if False else int("outer")
except ValueError:
    print(traceback.format_exc().splitlines()[-1])
exec(compile("def g():\n    return max([])\n", "<exec>", "exec"))
try:
    g()
except ValueError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)], e)
max(())
