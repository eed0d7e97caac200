# sys.set_asyncgen_hooks: firstiter is called with the generator at its first __anext__/asend/
# athrow/aclose (once, even when it raises), and the finalizer of that time is kept. An event
# loop registers its generators that way, to close the unfinished ones when it shuts down.
import sys

seen = []

def first(g):
    seen.append(("firstiter", g.__name__))

def fin(g):
    seen.append(("finalizer", g.__name__))

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

async def plain():
    yield 1

old = sys.get_asyncgen_hooks()
print(old)
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks()[1] is fin)
gens = []  # (kept alive: the finalizer is called when one is collected)
for method in ("__anext__", "asend", "athrow", "aclose"):
    g = plain()
    gens.append(g)
    print(method, seen)
    args = (None,) if method == "asend" else (ValueError,) if method == "athrow" else ()
    aw = getattr(g, method)(*args)
    print(method, seen)
    getattr(g, method)(*args)
    print(method, seen)
    aw.close()
    seen.clear()

def bad(g):
    raise KeyError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=bad)
g = plain()
gens.append(g)
try:
    g.__anext__()
except KeyError as e:
    print("KeyError", e)
print(type(g.__anext__()).__name__)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)

registered = []
sys.set_asyncgen_hooks(firstiter=registered.append)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async for i in agen("kept"):
        print("got", i)
        break
    print("main done")

run(main())
sys.set_asyncgen_hooks(None, None)
for g in registered:
    print("closing", g.__name__, type(g.ag_frame).__name__)
    run(g.aclose())
    print(type(g.ag_frame).__name__)
