# asyncio.run with sleep, gather, create_task, wait_for and timeouts, call_soon/call_later,
# Queue, Event, Lock, Semaphore, Condition, async generators, async with, cancellation, and
# exceptions raised in tasks (with the program's own frames of their tracebacks).
import asyncio
import traceback

def own_frames(exc):
    return [(f.name, f.line) for f in traceback.extract_tb(exc.__traceback__) if f.filename == __file__]

async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter")
        return self
    async def __aexit__(self, *exc):
        self.log.append(f"exit {exc[0].__name__ if exc[0] else None}")
        return False

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def failing(n):
    await asyncio.sleep(0.001)
    raise ValueError(f"bad {n}")

async def main():
    out = []
    print(await asyncio.gather(worker("c", 0.3, out), worker("a", 0.1, out), worker("b", 0.2, out)))
    print(out)

    loop = asyncio.get_running_loop()
    calls = []
    loop.call_later(0.02, calls.append, "later")
    loop.call_soon(calls.append, "soon")
    h = loop.call_later(0.01, calls.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.05)
    print(calls, h.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__)
    print(await asyncio.wait_for(worker("quick", 0, out), 1))

    q = asyncio.Queue(maxsize=2)
    squares = []
    await asyncio.gather(producer(q, 5), consumer(q, squares))
    await q.join()
    print("queue", squares, q.empty())

    ev = asyncio.Event()
    lock = asyncio.Lock()
    order = []
    async def waiter(i):
        await ev.wait()
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("locked before set", lock.locked(), ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("event/lock", order)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak", peak[0])

    cond = asyncio.Condition()
    got = []
    async def cwait():
        async with cond:
            await cond.wait_for(lambda: got)
            got.append("woken")
    t = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        got.append("value")
        cond.notify_all()
    await t
    print("condition", got)

    log = []
    async with Resource(log):
        log.append("body")
    try:
        async with Resource(log):
            raise KeyError("k")
    except KeyError:
        pass
    print(log)
    print([i async for i in ticker(4)])
    agen = ticker(10)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()

    async def sleeper():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise
    t = asyncio.create_task(sleeper(), name="sleeper-task")
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled(), t.get_name())

    results = await asyncio.gather(failing(1), worker("ok", 0, out), return_exceptions=True)
    print([repr(r) for r in results])
    try:
        await asyncio.gather(failing(2), worker("ok2", 0.01, out))
    except ValueError as e:
        print("gather raised", e, own_frames(e))
    t = asyncio.create_task(failing(3))
    await asyncio.sleep(0.05)  # (its 1 ms timer, set after this one starts, must come due first even on a loaded machine)
    print("done", t.done(), repr(t.exception()))
    done, pending = await asyncio.wait([asyncio.create_task(worker(n, d, out)) for n, d in [("x", 0.001), ("y", 0.5)]], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()
    await asyncio.sleep(0)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut)
    print("current task", asyncio.current_task().get_name() == "Task-1", len(asyncio.all_tasks()))
    async def inner():
        raise RuntimeError("from inner")
    try:
        await asyncio.create_task(inner())
    except RuntimeError as e:
        print("caught", e, own_frames(e))
    return "main done"

print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, result="again")))

async def crash():
    await asyncio.sleep(0)
    {}["missing"]
try:
    asyncio.run(crash())
except KeyError as e:
    print("KeyError", e, own_frames(e))
