# A class refers to its namespace dict (type_traverse's tp_dict), so gc.get_referrers leads from a
# method's function to that dict and on to the class: how trace's countfuncs/countcallers name
# methods "Class.method"
import gc, inspect, trace

class Traced:
    def method(self, n):
        return helper(n) + 1

    @staticmethod
    def static():
        return 2

def helper(n):
    return n * 2

code = Traced.method.__code__
funcs = [f for f in gc.get_referrers(code) if inspect.isfunction(f)]
print(funcs == [Traced.method])
dicts = [d for d in gc.get_referrers(funcs[0]) if isinstance(d, dict)]
print(len(dicts), sorted(k for k in dicts[0] if not k.startswith("__")))
print([c for c in gc.get_referrers(dicts[0]) if hasattr(c, "__bases__")])
first = gc.get_referents(Traced)[0]
print(type(first).__name__, first is dicts[0], sorted(first) == sorted(Traced.__dict__))
print(gc.is_tracked(first))

def run():
    t = Traced()
    t.method(3)
    Traced.static()
    helper(1)

tracer = trace.Trace(count=0, trace=0, countfuncs=1)
tracer.runfunc(run)
print(sorted(name for (_, _, name) in tracer.results().calledfuncs))
tracer = trace.Trace(count=0, trace=0, countcallers=1)
tracer.runfunc(run)
print(sorted((a[2], b[2]) for (a, b) in tracer.results().callers))
