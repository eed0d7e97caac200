# Subclasses of asyncio.Future and asyncio.Task (as asyncio's own code and programs make them), a
# duck-typed future a Task waits on, and asyncio's high-level functions (gather, wait_for, wait,
# shield, as_completed, queues, locks, events) on a deterministic loop with a virtual clock.
import asyncio
from _loop import Loop

loop = Loop()


class TracedFuture(asyncio.Future):
    def __init__(self, *, loop=None, label="?"):
        super().__init__(loop=loop)
        self.label = label

    def set_result(self, result):
        print(f"{self.label}.set_result({result!r})")
        super().set_result(result)

    def _repr_info(self):
        return super()._repr_info() + [f"label={self.label}"]


f = TracedFuture(loop=loop, label="tf")
print(repr(f), isinstance(f, asyncio.Future), asyncio.isfuture(f), f.label)


async def await_traced():
    return await f


t = loop.create_task(await_traced())
loop.run_ready()
print("waiting:", t._fut_waiter is f, len(f._callbacks))
f.set_result("value")
loop.run_ready()
print(t.result(), repr(f))


class CountingTask(asyncio.Task):
    steps = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        print("CountingTask made:", self.get_name().startswith("Task-"))

    def cancel(self, msg=None):
        print("CountingTask.cancel", msg)
        return super().cancel(msg)


class TaskLoop(Loop):
    def create_task(self, coro, *, name=None):
        return CountingTask(coro, loop=self, name=name)


tl = TaskLoop("taskloop")


async def child(i):
    await asyncio.sleep(0.1 * i)
    return i


async def parent():
    kids = [asyncio.ensure_future(child(i)) for i in range(3)]
    print([type(k).__name__ for k in kids])
    return await asyncio.gather(*kids)


print(tl.run_until_complete(parent()), tl.now)
ct = tl.create_task(child(50))
tl.run_ready()
print(ct.cancel("bye"), isinstance(ct, asyncio.Task))
tl.run_ready()
print(ct.cancelled())


# a duck-typed future: _asyncio_future_blocking, get_loop, add_done_callback, result
class Duck:
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop = loop
        self.callbacks = []
        self.value = None

    def get_loop(self):
        return self._loop

    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()

    def add_done_callback(self, fn, *, context=None):
        print("Duck.add_done_callback: context given:", context is not None)
        self.callbacks.append((fn, context))

    def result(self):
        return self.value

    def cancel(self, msg=None):
        print("Duck.cancel", msg)
        return False

    def finish(self, value):
        self.value = value
        for fn, ctx in self.callbacks:
            self._loop.call_soon(fn, self, context=ctx)


d = Duck(loop)


async def await_duck():
    return await d


t = loop.create_task(await_duck())
loop.run_ready()
print("waiting on duck:", t._fut_waiter is d, d._asyncio_future_blocking)
d.finish("quack")
loop.run_ready()
print(t.result())


# high-level functions on the virtual clock
async def slow(x, delay):
    await asyncio.sleep(delay)
    return x


async def apis():
    loop_ = asyncio.get_running_loop()
    print("wait_for in time:", await asyncio.wait_for(slow("a", 1), 5))
    try:
        await asyncio.wait_for(slow("b", 10), 2)
    except asyncio.TimeoutError:
        print("wait_for timed out at", loop_.time())
    tasks = [asyncio.ensure_future(slow(i, i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", sorted(t.result() for t in done), len(pending))
    order = []
    for c in asyncio.as_completed([slow("x", 3), slow("y", 1), slow("z", 2)]):
        order.append(await c)
    print("as_completed:", order)
    inner = asyncio.ensure_future(slow("shielded", 1))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("shield: outer cancelled", outer.cancelled(), "inner result", await inner)
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print("  put", i, "at", loop_.time())
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            await asyncio.sleep(1)
            got.append(item)
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("queue:", got)
    lock = asyncio.Lock()
    trace = []

    async def locked(name):
        async with lock:
            trace.append(f"{name} in")
            await asyncio.sleep(1)
            trace.append(f"{name} out")

    await asyncio.gather(locked("a"), locked("b"), locked("c"))
    print("lock:", trace)
    ev = asyncio.Event()

    async def setter():
        await asyncio.sleep(2)
        ev.set()

    loop_.create_task(setter())
    await ev.wait()
    print("event set at", loop_.time())
    sem = asyncio.Semaphore(2)
    running = []

    async def limited(i):
        async with sem:
            running.append(i)
            await asyncio.sleep(1)

    await asyncio.gather(*(limited(i) for i in range(4)))
    print("semaphore:", running)
    g = asyncio.gather(slow(1, 5), slow(2, 5))
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    return "apis done"


print(loop.run_until_complete(apis()), loop.now)
