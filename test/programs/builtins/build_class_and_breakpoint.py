# __build_class__ (what `class` calls) and breakpoint() with sys.breakpointhook replaced.
import builtins, sys
calls = []
bodies = {}
original = builtins.__build_class__
def tracing_build_class(func, name, *bases, **kw):
    calls.append((name, func.__name__, func.__code__.co_name, [b.__name__ for b in bases], kw))
    bodies[name] = func
    return original(func, name, *bases, **kw)
builtins.__build_class__ = tracing_build_class
class Traced:
    x = 1
    def method(self):
        return "method"
class Traced2(Traced, metaclass=type):
    pass
builtins.__build_class__ = original
print(calls)
B = builtins.__build_class__(bodies["Traced"], "B", object)
print(B.__name__, B.x, B().method(), B.__bases__, B.__qualname__, sorted(k for k in B.__dict__ if not k.startswith("__")))
def body():
    y = 2
print(sorted(k for k in builtins.__build_class__(body, "Plain").__dict__ if not k.startswith("__")))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: builtins.__build_class__()), err(lambda: builtins.__build_class__(5, "x")), err(lambda: builtins.__build_class__(body, 5)))
def hook(*args, **kwargs):
    print("breakpointhook called with", args, kwargs)
    return "hook result"
sys.breakpointhook = hook
print(breakpoint(1, key="v"))
sys.breakpointhook = sys.__breakpointhook__
