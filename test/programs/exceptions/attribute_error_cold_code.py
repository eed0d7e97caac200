# exit: 1
# AttributeError raised by LOAD_ATTR and LOAD_METHOD in code that runs once (the interpreter's
# loop, not the compiled tier): handlers, tracebacks, trace events, __getattr__ and chaining.
import sys
import traceback


class A:
    x = 1

    def __getattr__(self, name):
        if name == "dyn":
            return "from __getattr__"
        raise AttributeError(f"A has no {name!r} (custom)")


class B:
    __slots__ = ("s",)


a = A()
try:
    a.missing
except AttributeError as e:
    print("1", e, e.name if hasattr(e, "name") else None)
print("2", a.dyn)
try:
    B().s
except AttributeError as e:
    print("3", e, e.name, type(e.obj).__name__)
try:
    (1).nope()
except AttributeError as e:
    print("4", e, e.name, e.obj)
try:
    [].appendx(1)
except AttributeError as e:
    print("5", e, e.__context__)
try:
    try:
        None.foo
    except AttributeError:
        sys.nope
except AttributeError as e:
    print("6", e, "| context:", e.__context__)

events = []


def tracer(frame, event, arg):
    if event == "exception":
        events.append((frame.f_code.co_name, frame.f_lineno, arg[0].__name__, str(arg[1])))
    return tracer


def probe(o):
    try:
        return o.attr
    except AttributeError:
        return "no attr"


sys.settrace(tracer)
probe(object())
probe(type("T", (), {"attr": 5})())
sys.settrace(None)
print("7", events)


def deep(o):
    return o.inner.missing


class O:
    inner = A()


try:
    deep(O())
except AttributeError:
    tb = traceback.format_exc().splitlines()
    print("8", tb[0], tb[-1])
    print("9", [line.strip() for line in tb if line.strip().startswith("return")])
deep(object())
