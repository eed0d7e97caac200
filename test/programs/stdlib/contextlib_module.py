# contextlib: contextmanager (with exceptions), suppress, redirect_stdout/stderr, ExitStack, closing, nullcontext, ContextDecorator.
import contextlib, io, sys
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} handled {e}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise ValueError("inside b")
try:
    with tag("c"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated", repr(e))
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
with contextlib.redirect_stderr(buf):
    print("captured err", file=sys.stderr)
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ["x", "y"]]
    stack.callback(print, "callback runs first (LIFO)")
    print("  stack body", names)
class Res:
    def close(self):
        print("  closed by closing()")
with contextlib.closing(Res()):
    pass
with contextlib.nullcontext("value") as v:
    print(v)
class timed(contextlib.ContextDecorator):
    def __enter__(self):
        print("  enter decorator")
        return self
    def __exit__(self, *exc):
        print("  exit decorator")
        return False
@timed()
def work():
    print("  working")
work()
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
