# An async generator made right before an 'async for' belongs to that loop: when the loop is left
# early (break) it is finalized at once, as CPython's reference counting does: handed to the
# sys.set_asyncgen_hooks finalizer when there is one (an event loop schedules its aclose()), else
# closed there (an await in its finally is 'async generator ignored GeneratorExit', unraisable).
import sys, types
sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value, repr(u.object).split(" at ")[0])
@types.coroutine
def sus(v):
    return (yield v)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
async def agen_await(name):
    try:
        yield 1
    finally:
        await sus("x")
        print("cleanup after await", name)
async def main():
    async for i in agen("break"):
        print("got", i)
        break
    print("after break")
    async for i in agen("exhaust"):
        print("got", i)
    print("after exhaust")
    try:
        async for i in agen("raise"):
            raise KeyError(i)
    except KeyError as e:
        print("KeyError", e)
    async for i in agen_await("await in finally"):
        break
    print("after break 2")
    g = agen("named")
    async for i in g:
        break
    print("after named")
    await g.aclose()
    return "done"
print(run(main()))
log = []
sys.set_asyncgen_hooks(firstiter=None, finalizer=lambda g: log.append(("finalizer", g.__name__)))
async def main2():
    async for i in agen("with finalizer"):
        break
    print("log", log)
    async for i in agen("with finalizer exhaust"):
        pass
    print("log", log)
run(main2())
def bad_finalizer(g):
    raise ValueError("finalizer failed")
sys.set_asyncgen_hooks(finalizer=bad_finalizer)
async def main3():
    async for i in agen("bad finalizer"):
        break
    print("after bad finalizer")
run(main3())
sys.set_asyncgen_hooks(None, None)
async def one(): yield 1
g = one()
print(repr(g).split(" at ")[0], type(g).__name__)
run(g.aclose())
