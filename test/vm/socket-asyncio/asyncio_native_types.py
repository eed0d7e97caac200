# _asyncio's Future, FutureIter and Task as CPython 3.10's C module shows them (the oracle has no
# _asyncio: its asyncio runs the pure-Python classes, whose messages and types differ): the
# messages of misuse ("Result is not set.", "invalid state", an uninitialized Future's), the
# FutureIter's send/throw/close, _callbacks, __class_getitem__, task_wakeup and the step wrapper,
# the enter/leave bookkeeping, on a small deterministic loop of the program's own.
import asyncio
import collections
import collections.abc
import contextvars
import sys
import traceback
import types

asyncio.events._set_running_loop(None)


class Loop:
    def __init__(self):
        self.ready = collections.deque()

    def call_soon(self, cb, *args, context=None):
        if context is None:
            context = contextvars.copy_context()
        self.ready.append((cb, args, context))

    def create_future(self):
        return asyncio.Future(loop=self)

    def create_task(self, coro, *, name=None):
        return asyncio.Task(coro, loop=self, name=name)

    def get_debug(self):
        return False

    def call_exception_handler(self, context):
        print("handler:", context["message"], repr(context.get("exception")))

    def run_ready(self):
        while self.ready:
            cb, args, ctx = self.ready.popleft()
            try:
                ctx.run(cb, *args)
            except BaseException as e:
                print("callback raised", type(e).__name__, e)

    def run_until_complete(self, fut):
        while not fut.done():
            if not self.ready:
                print("stalled")
                return None
            self.run_ready()
        return fut.result()

    def __repr__(self):
        return "<Loop>"


loop = Loop()


def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def show(f, *a, **k):
    try:
        print("  ->", repr(f(*a, **k)))
    except BaseException as e:
        print("  !!", type(e).__name__, e)


fut = loop.create_future()
print(fut, fut._state, fut._result, fut._exception, fut._callbacks, fut._loop is loop, fut._asyncio_future_blocking, fut._log_traceback, fut._source_traceback, fut._cancel_message)
show(fut.result)
show(fut.exception)
cv = contextvars.ContextVar("cv", default="d")
def cb(f, tag="?"):
    print("cb", tag, f.done(), cv.get())
fut.add_done_callback(cb)
ctx = contextvars.copy_context(); ctx.run(cv.set, "inctx")
fut.add_done_callback(lambda f: cb(f, "ctx"), context=ctx)
fut.add_done_callback(cb)
print(len(fut._callbacks), [type(c[1]).__name__ for c in fut._callbacks])
print(fut.remove_done_callback(cb), len(fut._callbacks))
fut.add_done_callback(cb); fut.add_done_callback(cb)
fut.set_result([1, 2])
print(fut, fut._callbacks)
show(fut.set_result, 3)
show(fut.set_exception, ValueError())
loop.run_ready()
print(fut.result(), fut.exception(), fut.done(), fut.cancelled(), fut.cancel())
f2 = loop.create_future()
show(f2.set_exception, StopIteration)
show(f2.set_exception, StopIteration())
class MyStop(StopIteration): pass
show(f2.set_exception, 42)
print(f2.done())
f2.set_exception(MyStop("x"))
print(f2, f2._log_traceback)
show(f2.result)
print(f2._log_traceback)
f3 = loop.create_future()
f3.set_exception(KeyError)
print(f3._log_traceback, repr(f3.exception()), f3._log_traceback)
show(setattr, f3, "_log_traceback", True)
f3._log_traceback = False
show(delattr, f3, "_log_traceback")
show(delattr, f3, "_asyncio_future_blocking")
show(delattr, f3, "_cancel_message")
f4 = loop.create_future()
print(f4.cancel("why"), f4.cancel(), f4.cancelled(), f4._cancel_message, f4)
show(f4.result)
show(f4.exception)
try:
    f4.result()
except asyncio.CancelledError as e:
    print("args", e.args, e.__context__)
f4._cancel_message = "other"
show(f4.result)
e = f4._make_cancelled_error(); print(type(e).__name__, e.args)
f5 = asyncio.Future(loop=loop)
f5.add_done_callback(cb)
f5.cancel()
loop.run_ready()
f6 = loop.create_future()
it = f6.__await__()
print(type(it).__name__, iter(it) is it)
print(next(it) is f6, f6._asyncio_future_blocking)
show(next, it)
f6._asyncio_future_blocking = False
f6.set_result("r")
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
show(next, it)
f7 = loop.create_future(); f7.set_result(5)
it = iter(f7)
show(it.send, 1)
it = iter(f7)
show(it.throw, ValueError("t"))
show(it.send, None)
it = iter(f7); print(it.close(), list(it))
show(it.throw, ValueError, "v")
show(it.throw, ValueError(), "v")
show(it.throw, 1)
show(it.throw, ValueError, None, 5)
# subclass
class MyFut(asyncio.Future):
    def __init__(self, *, loop=None, extra=1):
        super().__init__(loop=loop)
        self.extra = extra
    def _repr_info(self):
        return super()._repr_info() + ["extra=%d" % self.extra]
m = MyFut(loop=loop, extra=7)
print(m, m.extra, isinstance(m, asyncio.Future), asyncio.isfuture(m))
m.set_result(1); print(m)
print(asyncio.Future[int], asyncio.Task[int])
uninit = asyncio.Future.__new__(asyncio.Future)
show(repr, uninit)
show(uninit.result)
show(uninit.exception)
show(uninit.set_result, 1)
show(uninit.cancel)
show(uninit.add_done_callback, cb)
show(uninit.get_loop)
show(uninit.done)
show(uninit.cancelled)
show(lambda: uninit._state)
show(lambda: uninit._loop)
show(lambda: uninit._asyncio_future_blocking)
show(lambda: uninit._callbacks)
show(iter, uninit)
show(asyncio.Future, 1)
show(asyncio.Future, loop=loop, x=1)
f8 = loop.create_future()
f8.set_exception(RuntimeError("never"))
f8.__del__()
f8.__del__()
f8.foo = 1
print(f8.foo)
show(getattr, f8, "__dict__")
print(sorted(k for k in vars(asyncio.Future) if not k.startswith("__")))

async def leaf(x):
    await asyncio.sleep(0)
    return x
async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    t = loop.create_task(leaf(1), name="leafy")
    print(t.get_name(), t.done(), t._state, t._must_cancel, t._fut_waiter, t._coro.__qualname__, t._log_destroy_pending)
    print(asyncio.current_task(loop) is me, me in asyncio.all_tasks(loop))
    r = await t
    print("r", r, t)
    t2 = loop.create_task(fails("bad"))
    try:
        await t2
    except ValueError as e:
        print("caught", e, tb_names(e))
    print(t2)
    return "main-done"
me = loop.create_task(main(), name=42)
print(type(me.get_name()).__name__, me.get_name())
me.set_name(3.5); print(me.get_name())
me.set_name("main")
print(loop.run_until_complete(me))
print(me, me.done(), me.result())
show(me.set_result, 1)
show(me.set_exception, ValueError)
# exceptions leaving tasks
t = loop.create_task(fails("x"))
loop.run_ready()
try:
    t.result()
except ValueError as e:
    print("tb", tb_names(e))
    traceback.print_exc(file=sys.stdout)
# cancellation
async def sleeper():
    try:
        f = loop.create_future()
        await f
    except asyncio.CancelledError as e:
        print("sleeper got", repr(e))
        raise
t = loop.create_task(sleeper())
loop.run_ready()
print(t._fut_waiter)
print(t.cancel("stop!"), t.cancel(), t._must_cancel)
loop.run_ready()
print(t.cancelled(), t.done(), t._cancel_message)
try:
    t.result()
except asyncio.CancelledError as e:
    print("result:", repr(e), repr(e.__context__))
try:
    t.exception()
except asyncio.CancelledError as e:
    print("exception:", repr(e), repr(e.__context__))
e = t._make_cancelled_error(); print(repr(e), repr(e.__context__))
e = t._make_cancelled_error(); print(repr(e), repr(e.__context__))
# cancel before start
async def never():
    print("never runs?")
t = loop.create_task(never())
print(t.cancel("early"), t._must_cancel, t)
loop.run_ready()
print(t.cancelled(), t._cancel_message)
# cancel caught and ignored
async def stubborn():
    try:
        await asyncio.sleep(0)
        await loop.create_future()
    except asyncio.CancelledError:
        print("ignoring")
    return "survived"
t = loop.create_task(stubborn())
loop.run_ready()
t.cancel()
loop.run_ready()
print(t.result())
# cancel requested while coroutine finishing
async def quick():
    t_self.cancel("late")
    return 5
t_self = loop.create_task(quick())
loop.run_ready()
print(t_self.cancelled(), t_self._cancel_message)
# bad yields
@types.coroutine
def bad_yield(v):
    yield v
for v in [1, "s", (i for i in ()), ]:
    async def y(v=v):
        await bad_yield(v)
    t = loop.create_task(y())
    loop.run_ready()
    try:
        t.result()
    except RuntimeError as e:
        print(str(e)[:60])
# yield a future not awaited (blocking false)
async def y2():
    f = loop.create_future()
    await bad_yield(f)
t = loop.create_task(y2()); loop.run_ready()
try: t.result()
except RuntimeError as e: print(str(e)[:70])
# await itself
async def selfish():
    await t_s
t_s = loop.create_task(selfish()); loop.run_ready()
try: t_s.result()
except RuntimeError as e: print(str(e)[:50])
# different loop
other = Loop()
async def diff():
    await other.create_future()
t = loop.create_task(diff()); loop.run_ready()
try: t.result()
except RuntimeError as e: print(str(e)[:40], "...", str(e)[-30:])
# non-coroutine
show(asyncio.Task, 1, loop=loop)
show(asyncio.Task)
# duck-typed future
class Duck:
    _asyncio_future_blocking = False
    def __init__(self): self.cbs = []; self._loop = loop
    def get_loop(self): return loop
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return "quack"
    def add_done_callback(self, fn, *, context=None):
        print("duck add_done_callback", type(fn).__name__, getattr(fn, "__qualname__", None), type(context).__name__)
        self.cbs.append(fn)
    def result(self): return "quack"
    def cancel(self, msg=None): return False
d = Duck()
async def duck():
    return await d
t = loop.create_task(duck()); loop.run_ready()
print(t._fut_waiter is d)
d.cbs[0](d); loop.run_ready(); print(t.result())
# enter/leave
from asyncio import tasks
show(tasks._enter_task, loop, t)
show(tasks._enter_task, loop, t)
show(tasks._leave_task, loop, me)
show(tasks._leave_task, loop, t)
show(tasks._leave_task, loop, t)
print(tasks._current_tasks, type(tasks._all_tasks).__name__)
show(tasks._register_task, 1)
show(tasks._unregister_task, task=t)
# step wrappers in the queue
t = loop.create_task(leaf(3))
cb, args, ctx = loop.ready[-1]
print(type(cb).__name__, cb.__self__ is t, args, ctx is t._context if hasattr(t, "_context") else type(ctx).__name__)
show(cb, 1)
show(cb, a=1)
loop.run_ready(); loop.run_ready()
print(t.result())
f = loop.create_future()
async def w(): await f
t = loop.create_task(w()); loop.run_ready()
print(f._callbacks[0][0].__qualname__, f._callbacks[0][0].__self__ is t, repr(f._callbacks[0][0]).split(" at ")[0])
print(repr(t).split(" cb=")[0])
print(repr(f))
# get_stack / print_stack
print([fr.f_code.co_name for fr in t.get_stack()])
t.print_stack(file=sys.stdout)
show(t.get_stack, 1)
f.set_result(1); loop.run_ready()
print(t.get_stack(), t.done())
# context propagation
cv = contextvars.ContextVar("cv", default="unset")
async def ctxer():
    cv.set("inside")
    await asyncio.sleep(0)
    return cv.get()
t = loop.create_task(ctxer()); loop.run_until_complete(t); print(t.result(), cv.get())
# subclass Task
class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        print("MyTask init")
        super().__init__(coro, loop=loop, name=name)
    def cancel(self, msg=None):
        print("MyTask cancel", msg)
        return super().cancel(msg)
mt = MyTask(leaf(9), loop=loop, name="sub")
print(repr(mt).split(" coro=")[0], isinstance(mt, asyncio.Future))
loop.run_until_complete(mt); print(mt.result(), mt)
t.__del__()
pend = loop.create_task(leaf(0))
pend.__del__()
pend._log_destroy_pending = False
pend.__del__()
print(sorted(k for k in vars(asyncio.Task) if not k.startswith("__")))
loop.run_ready()


# a Task steps a coroutine-like object by its __next__ when it has one (PyIter_Send), else send(None)
class DuckCoro(collections.abc.Coroutine):
    def __init__(self):
        self.n = 0

    def send(self, v):
        print("send", v)
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")

    def throw(self, *a):
        raise a[0]

    def close(self):
        pass

    def __await__(self):
        return self


class IterDuckCoro(DuckCoro):
    def __next__(self):
        print("next")
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter done")


async def duck_main():
    print(await asyncio.ensure_future(DuckCoro()))
    print(await asyncio.ensure_future(IterDuckCoro()))


asyncio.run(duck_main())
