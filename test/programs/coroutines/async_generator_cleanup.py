# Async generator finalisation by hand: aclose() runs finally blocks; yielding in finally is an error.
class Tick:
    def __await__(self):
        yield
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def resource():
    print("  acquire")
    try:
        yield 1
        yield 2
    finally:
        await Tick()
        print("  release")
async def main():
    g = resource()
    print("  first", await g.__anext__())
    await g.aclose()
    print("  closed; ag_running =", g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("  exhausted after close")
    return "done"
print(run(main()))
async def bad_cleanup():
    try:
        yield 1
    finally:
        yield 2
async def main2():
    g = bad_cleanup()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
print(run(main2()))
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, returning")
        return
async def main3():
    g = ignores_exit()
    await g.__anext__()
    await g.aclose()
    return "closed cleanly"
print(run(main3()))
