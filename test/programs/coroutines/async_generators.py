# Async generators driven by hand: __anext__, asend, athrow, aclose, and async for inside a coroutine.
import inspect
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    try:
        for i in range(n):
            await Tick()
            got = yield i
            if got is not None:
                print("  agen got", got)
    finally:
        print("  agen finally")
def run(coro):
    """Drive a coroutine that only awaits Tick, counting suspensions."""
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
g = agen(3)
print(type(g).__name__, inspect.isasyncgen(g), inspect.isasyncgenfunction(agen), g.ag_running, g.__name__)
print(run(g.__anext__()))
print(run(g.asend("hello")))
try:
    run(g.athrow(ValueError("boom")))
except ValueError as e:
    print("athrow propagated:", e)
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def consume():
    out = []
    async for v in agen(4):
        out.append(v * 10)
    return out
print(run(consume()))
async def early_exit():
    g = agen(5)
    async for v in g:
        if v == 1:
            break
    await g.aclose()
    return "closed early"
print(run(early_exit()))
async def comp():
    return [v async for v in agen(3) if v != 1], {v: v async for v in agen(2)}
print(run(comp()))
async def anext_default():
    it = agen(1).__aiter__()
    a = await it.__anext__()
    try:
        await it.__anext__()
    except StopAsyncIteration:
        return a, "exhausted"
print(run(anext_default()))
