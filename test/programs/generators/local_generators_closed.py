# A generator held only by a local variable is closed when the function returns (its finally
# blocks run then), when the variable is deleted, and when the variable is rebound to a new
# generator; not while something else may still reach it.
import sys

def gen(name, log=print):
    try:
        yield 1
        yield 2
    finally:
        log("finally", name)

def primed():
    g = gen("primed")
    print(next(g))
    print("primed returns")

primed()
print("after primed")

def with_default():
    g = gen("default")
    print(next(g, None), next(g, None))
    return "value"

print(with_default())

def by_send():
    g = gen("send")
    g.send(None)
    print("by_send returns")

by_send()

def loop_break():
    g = gen("loop")
    for x in g:
        print("got", x)
        break
    print("loop_break returns")

loop_break()

def deleted():
    g = gen("deleted")
    next(g)
    del g
    print("after del")

deleted()

def rebound():
    g = gen("first")
    next(g)
    g = gen("second")
    print("rebound")
    next(g)
    print("rebound returns")

rebound()

def in_local_order():
    a = None
    b = gen("b, claimed first")
    next(b)
    a = gen("a, first local")
    next(a)

in_local_order()

def unstarted():
    g = gen("unstarted")
    print("never started")

unstarted()

def finished():
    g = gen("finished")
    print(list(x for x in [next(g), next(g)]))
    for _ in g:
        pass
    print("finished returns")

finished()

# Not closed: returned, stored, passed on, visible through locals() or a traceback.
keep = []

def returned():
    g = gen("returned")
    next(g)
    return g

r = returned()
print("returned kept", r.gi_suspended if hasattr(r, "gi_suspended") else r.gi_frame is not None)

def stored():
    g = gen("stored")
    next(g)
    keep.append(g)
    print("stored returns")

stored()
print("kept", len(keep))

def via_locals():
    g = gen("via locals")
    next(g)
    keep.append(locals())
    print("via_locals returns")

via_locals()
print("locals kept")

def via_traceback():
    g = gen("via traceback")
    next(g)
    try:
        1 / 0
    except ZeroDivisionError as e:
        keep.append(e)
    print("via_traceback returns")

via_traceback()
print("traceback kept")

def shadowed_next():
    next = lambda it: keep.append(it) or 0
    g = gen("shadowed next")
    next(g)
    print("shadowed_next returns")

shadowed_next()
print("shadowed kept", len(keep))

_next = next
def global_next():
    g = gen("global next")
    print(next(g))
    print("global_next returns")

next = lambda it: keep.append(it) or "fake"
global_next()
next = _next
del _next

# A generator's finally that fails: reported as unraisable, the caller goes on.
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

def holds_bad():
    g = bad()
    next(g)

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__, u.exc_traceback.tb_lineno)
holds_bad()
sys.unraisablehook = sys.__unraisablehook__
print("after holds_bad")

# A generator frame owning a generator closes it when it returns.
def outer():
    g = gen("inner")
    yield next(g)
    yield "outer done"

print(list(outer()))

# Many calls: the compiled tier closes them too.
count = []
def hot(i):
    g = gen(i, lambda *a: count.append(a[1]))
    next(g)
    return i

for i in range(3000):
    hot(i)
print(len(count), count[:3], count[-1])

# Coroutines: one never awaited warns when its function returns; one started is closed.
import warnings
warnings.simplefilter("always")
sys.stderr = sys.stdout

async def coro():
    try:
        await sleeper()
    finally:
        print("coro finally")

class sleeper:
    def __await__(self):
        yield "suspended"

def never_awaited():
    c = coro()
    print("never_awaited returns")

never_awaited()

def started():
    c = coro()
    print(c.send(None))
    print("started returns")

started()
# What was kept is closed by hand: CPython would close it at exit, which the oracle does not show.
kept = [r, keep[0], keep[1]["g"], keep[2].__traceback__.tb_frame.f_locals["g"], keep[3], keep[4]]
for g in kept:
    g.close()
print("end")
