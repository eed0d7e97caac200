# with statements: __enter__/__exit__ order, suppression by returning True, exceptions in __exit__, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r} tb={'yes' if tb else 'no'}")
        return self.suppress
with CM("a") as v:
    print("  body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("  both", o, i)
def ret():
    with CM("ret"):
        return "returned from with"
print(ret())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("body error")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def no_enter():
    with object():
        pass
print(err(no_enter))
class OnlyEnter:
    def __enter__(self):
        return 1
def only_enter():
    with OnlyEnter():
        pass
print(err(only_enter))
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("  never called")
def enter_fails():
    with EnterFails():
        print("  body never runs")
print(err(enter_fails))
with CM("xy") as (a, b):
    print("  unpacked", a, b)
