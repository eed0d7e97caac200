# A generator held only by a local variable is closed when the variable is rebound to anything
# else (`g = None`), as CPython drops its last reference at that store; not while a for loop over
# it still holds it (a store or `del` in the loop's body).
import sys, warnings

def gen(name, log=print):
    try:
        yield 1
        yield 2
    finally:
        log("finally", name)

def to_none():
    g = gen("to None")
    next(g)
    g = None
    print("after g = None")

to_none()

def to_values():
    g = gen("to 0")
    print(next(g))
    g = 0
    print("after g = 0")
    g = gen("to a str")
    g.send(None)
    g = "s"
    print("after g = 's'")
    g = gen("to its own send")
    next(g)
    g = g.send(None)
    print("after g = g.send(None)")

to_values()

def in_a_loop():
    for i in range(3):
        g = gen(i)
        next(g)
        g = i
        print("rebound", i)

in_a_loop()

def unstarted_and_finished():
    g = gen("unstarted")
    g = None
    g = gen("finished")
    for _ in g:
        pass
    g = None
    print("nothing to close")

unstarted_and_finished()

def while_looping():
    g = gen("looped")
    for x in g:
        print("got", x)
        g = None
    print("loop done")
    g = gen("looped, deleted")
    for x in g:
        print("got", x)
        if x == 1:
            del g
    print("loop done")
    g = gen("looped, rebound to a new one")
    for x in g:
        print("got", x)
        if x == 2:
            g = gen("new one")
            next(g)
    print("while_looping returns")

while_looping()

def after_break():
    g = gen("after break")
    for x in g:
        break
    print("broke out")
    g = None
    print("after_break returns")

after_break()

def in_generator():
    g = gen("in a generator")
    yield next(g)
    g = None
    yield "rebound"

print(list(in_generator()))

def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

def rebinds_bad():
    g = bad()
    next(g)
    g = None
    print("rebinds_bad goes on")

sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, u.object.__name__)
rebinds_bad()
sys.unraisablehook = sys.__unraisablehook__

# visible through locals(): not closed
keep = []
def via_locals():
    g = gen("via locals")
    next(g)
    keep.append(locals())
    g = None
    print("via_locals returns")

via_locals()
keep[0]["g"].close()

# Coroutines: one never awaited warns at the store, one started is closed there.
warnings.simplefilter("always")
sys.stderr = sys.stdout

class sleeper:
    def __await__(self):
        yield "suspended"

async def coro():
    try:
        await sleeper()
    finally:
        print("coro finally")

def coroutines():
    c = coro()
    c = None
    print("after unawaited")
    c = coro()
    c.send(None)
    c = None
    print("after started")

coroutines()

# Many calls: the compiled tier closes them too.
count = []
def hot(i):
    g = gen(i, lambda *a: count.append(a[1]))
    next(g)
    g = None
    count.append("rebound")
    return i

for i in range(3000):
    hot(i)
print(len(count), count[:4], count[-2:])
