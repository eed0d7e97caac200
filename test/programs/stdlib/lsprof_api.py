# _lsprof's interface: the Profiler type and its argument errors, the struct sequences, how it
# sits in sys.getprofile()/sys.setprofile(), and a custom timer that fails or returns values
# _PyTime_t cannot hold (reported through sys.unraisablehook, the time counted as 0).
import _lsprof
import sys

print(_lsprof.__name__, _lsprof.__doc__, sorted(n for n in dir(_lsprof) if not n.startswith("__")))
P = _lsprof.Profiler
print(P.__name__, P.__qualname__, P.__module__, sorted(n for n in dir(P) if not n.startswith("__")))
print(P.__doc__.splitlines()[0])
for t in (_lsprof.profiler_entry, _lsprof.profiler_subentry):
    print(t.__name__, t.__module__, t.n_fields, t.n_sequence_fields, t.__mro__[1].__name__)
print(repr(_lsprof.profiler_entry((1, 2, 3, 4, 5, 6))))
print(repr(_lsprof.profiler_subentry(("c", 2, 3, 4.5, 5))))


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for kw in [dict(timer=1, timeunit="x"), dict(subcalls="x"), dict(subcalls=1.5), dict(builtins=None),
           dict(foo=1), dict(subcalls=2**70), dict(builtins=-2**70)]:
    attempt(f"Profiler(**{kw})", P, **kw)
print(type(P(timeunit=2)).__name__)
attempt("Profiler(1, 2, 3, 4, 5)", P, 1, 2, 3, 4, 5)
attempt("Profiler(None, timer=1)", P, None, timer=1)
p = P()
attempt("enable(1, 2, 3)", p.enable, 1, 2, 3)
attempt("enable(x=1)", p.enable, x=1)
attempt("enable('a')", p.enable, "a")
attempt("enable(subcalls=[])", p.enable, subcalls=[])
sys.setprofile(None)
for m in ("disable", "clear", "getstats"):
    attempt(f"{m}(1)", getattr(p, m), 1)
    attempt(f"{m}(k=1)", getattr(p, m), k=1)


def f():
    return 1


print("-- getprofile/setprofile")
print(sys.getprofile())
p.enable()
print(sys.getprofile() is p)
sys.setprofile(None)   # replaces the profiler: nothing more is recorded
f()
p.disable()
print(sorted(e.code if isinstance(e.code, str) else e.code.co_name for e in p.getstats()))
a, b = P(), P()
a.enable()
b.enable()              # the thread has one profile function: b takes a's place
f()
current = sys.getprofile()
b.disable()
a.disable()
print(current is b, sys.getprofile())
print(sorted(e.code if isinstance(e.code, str) else e.code.co_name for e in a.getstats()))
print(sorted(e.code if isinstance(e.code, str) else e.code.co_name for e in b.getstats()))


class Sub(P):
    def __init__(self, label):
        super().__init__(builtins=False)
        self.label = label


s = Sub("x")
s.enable()
f()
s.disable()
print(type(s).__name__, s.label, [(e.code.co_name, e.callcount) for e in s.getstats()])

print("-- timers")


def hook(u):
    print("  unraisable:", u.exc_type.__name__, u.exc_value, u.object is timer, u.err_msg)


sys.unraisablehook = hook
cases = [([1.5, 2.5], 0.0), ([1, 3], 0.0), ([10, 30], 0.5), (["x", "y"], 0.0), ([1.0, 2.0], 0.5),
         ([float("nan")] * 2, 0.0), ([10**30] * 2, 0.0), ([10**30] * 2, 1.0), ([10**10] * 2, 0.0),
         ([None] * 2, 1.0), ([1e300] * 2, 0.0), ([True, True], 0.0), ([1, 4], -2.0), ([2**62, 2**62 + 8], 1e-9), ([2**62 + 0.0, 2**62 + 2.0**40], 0.0)]
for vals, unit in cases:
    it = iter(vals * 10)

    def timer():
        return next(it)
    p = P(timer, unit)
    p.enable()
    f()
    p.disable()
    print(vals[:1], unit, sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.callcount, e.totaltime, e.inlinetime) for e in p.getstats()))


def timer():
    raise KeyError("no clock")


p = P(timer)
p.enable()
f()
p.disable()
print([tuple(e)[1:] for e in p.getstats()])
timer = None
p = P(None)
p.enable()
f()
p.disable()
print(len(p.getstats()))
