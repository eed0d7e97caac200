# A generator that gc.get_objects() or gc.get_referents() hands to Python code may be kept: it is
# not closed when the local or the for loop that held it lets go.
import gc, sys, types
keep = []

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

def named(name):
    return [o for o in gc.get_objects() if type(o) is types.GeneratorType and o.gi_frame is not None and o.gi_frame.f_locals.get("name") == name]

def local():
    g = gen("local")
    next(g)
    keep.extend(named("local"))
    print("local returns")

local()
print("kept", len(keep), next(keep[-1], "closed"))

def loop():
    for x in gen("loop"):
        keep.extend(named("loop"))
        break
    print("loop returns")

loop()
print("kept", len(keep), next(keep[-1], "closed"))

def referents():
    g = gen("referents")
    next(g)
    frame = sys._getframe()
    keep.extend(o for o in gc.get_referents(frame) if type(o) is types.GeneratorType)
    print("referents returns")

referents()
print("kept", len(keep), next(keep[-1], "closed"))

# (CPython closes the kept ones at exit, which the oracle does not show)
for g in keep:
    g.close()
print("end")
