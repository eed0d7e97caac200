# The gc module: flags and thresholds, collect() and its callbacks, is_tracked's rules,
# get_referents/get_referrers/get_objects on the program's own objects, argument errors, and the
# modules that import gc (timeit, trace).
import gc


class A:
    pass


a = A()
a.x = [1]
print(gc.get_referents(a) == [a.__dict__, A])
print(gc.get_referents([1, "a", [2]]), gc.get_referents((1, 2)), gc.get_referents({"a": [1]}), gc.get_referents({1, 2}))
print(gc.get_referents({1: "one"}))


def f(x=[5]):
    return x


r = gc.get_referents(f)
print(r[0] is f.__code__, r[1] is globals(), r[-1], ([5],) in r)
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked(b"x"))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(a), gc.is_tracked(A), gc.is_tracked(int), gc.is_tracked(f), gc.is_tracked(gc))


# a type without Py_TPFLAGS_HAVE_GC has untracked instances (object() too); every class has it
class FloatSlots(float):
    __slots__ = ()


class StrSlots(str):
    __slots__ = ()


class EmptySlots:
    __slots__ = ()


print([gc.is_tracked(x) for x in (object(), 1j, bytearray(), range(2), slice(1), FloatSlots(), StrSlots(), EmptySlots(), object, property(), iter([]))])
print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.garbage, gc.callbacks)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print([type(gc.collect(*g)).__name__ for g in [(), (0,), (1,)]], type(gc.collect(generation=2)).__name__)
print([x for x in dir(gc) if not x.startswith("__")])
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

tests = [
    "gc.collect('x')", "gc.collect(1, 2)", "gc.collect(3)", "gc.collect(generation=-1)",
    "gc.set_threshold()", "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold('a')", "gc.set_threshold(-5, 2**70)",
    "gc.set_debug('x')", "gc.is_tracked()", "gc.get_objects('a')", "gc.get_objects(5)", "gc.get_objects(-2)",
    "gc.enable(1)", "gc.isenabled(None)", "gc.get_referents(x=1)",
]
for s in tests:
    try:
        exec(s)
        print(s, "-> ok")
    except Exception as e:
        print(s, "->", type(e).__name__, e)

gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(0)

events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"], sorted(info))))
gc.collect(1)
gc.callbacks.clear()
print(events)

marker = ["marker"]
holder = {"k": marker}
refs = gc.get_referrers(marker)
print(any(r is holder for r in refs), any(r is globals() for r in refs))
objs = gc.get_objects()
print(type(objs).__name__, any(o is holder for o in objs), any(o is marker for o in objs))
print(all(gc.is_tracked(o) for o in objs))
print(gc.get_objects(-1) != [], gc.is_finalized(a))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.collect.__doc__.splitlines()[0])
print(gc.__doc__.splitlines()[0])

import timeit
import trace

print(type(timeit.timeit("1 + 1", number=10)).__name__)
print(len(timeit.Timer("x = 2 ** 10").repeat(2, 5)))
print(type(trace.Trace(count=0, trace=0)).__name__)
