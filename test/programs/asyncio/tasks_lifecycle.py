# asyncio.Task on a deterministic loop (_loop.py): results, exceptions (the program's own frames of
# their tracebacks), cancellation and its message through awaited futures and tasks, names,
# current_task/all_tasks, contexts, bad yields and a task awaiting itself. Tracebacks are printed
# with only the frames of this file: CPython's C Task adds none of its own, the pure-Python one
# frames of asyncio/futures.py and tasks.py.
import asyncio
import contextvars
import sys
import traceback
import types
from _loop import Loop

loop = Loop()


def own_frames(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]


def print_own_tb(e):
    print("Traceback (own frames):")
    for line in traceback.format_list([f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]):
        sys.stdout.write(line)
    print(f"{type(e).__name__}: {e}")


async def leaf(x):
    await asyncio.sleep(0)
    return x * 10


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def middle(msg):
    return await fails(msg)


async def main():
    me = asyncio.current_task()
    print("current is main:", me is main_task, me.get_name())
    t = asyncio.get_running_loop().create_task(leaf(1), name="leafy")
    print(t.get_name(), t.done(), t._state, t._must_cancel, t._fut_waiter, t.get_coro().__qualname__)
    print("registered:", t in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print("awaited:", await t, t.done(), t.result())
    results = await asyncio.gather(leaf(2), leaf(3), asyncio.sleep(0, "slept"))
    print("gather:", results)
    t2 = asyncio.get_running_loop().create_task(middle("deep"))
    try:
        await t2
    except ValueError as e:
        print("caught:", e, own_frames(e))
    r = await asyncio.gather(fails("g1"), leaf(4), return_exceptions=True)
    print("gather return_exceptions:", [repr(x) for x in r])
    return "main done"


main_task = loop.create_task(main(), name=42)
print(type(main_task.get_name()).__name__, main_task.get_name())
main_task.set_name(("tuple", 1))
print(main_task.get_name())
main_task.set_name("main")
print(loop.run_until_complete(main_task), main_task.done())
print("no current task outside:", asyncio.current_task(loop))
try:
    main_task.set_result(1)
except RuntimeError as e:
    print("set_result:", e)
try:
    main_task.set_exception(ValueError)
except RuntimeError as e:
    print("set_exception:", e)

# an exception leaving a task, printed
t = loop.create_task(middle("printed"))
loop.run_ready()
print(t.done(), repr(t.exception()))
try:
    t.result()
except ValueError as e:
    print_own_tb(e)

# automatic names count up
a = loop.create_task(leaf(0))
b = loop.create_task(leaf(0))
print(a.get_name() != b.get_name(), a.get_name().startswith("Task-"))
loop.run_ready()


# cancellation of a task waiting on a future: the future gets the message
async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got:", repr(e))
        raise


f = loop.create_future()
t = loop.create_task(waiter(f))
loop.run_ready()
print("waiting on f:", t._fut_waiter is f)
print("cancel:", t.cancel("stop now"), "again:", t.cancel("ignored"), t._must_cancel)
print("f cancelled:", f.cancelled(), f._cancel_message)
loop.run_ready()
print(t.cancelled(), t.done())
try:
    t.result()
except asyncio.CancelledError as e:
    print("result raises:", repr(e), "context:", repr(e.__context__))

# cancel before the first step: the coroutine never runs
ran = []


async def never():
    ran.append(1)


t = loop.create_task(never())
print("cancel early:", t.cancel("early"), t._must_cancel)
loop.run_ready()
print(t.cancelled(), ran, t._must_cancel)


# a coroutine that swallows the cancellation
async def stubborn():
    try:
        await loop.create_future()
    except asyncio.CancelledError:
        print("stubborn ignores it")
    await asyncio.sleep(0)
    return "survived"


t = loop.create_task(stubborn())
loop.run_ready()
t.cancel()
loop.run_ready()
print(t.result(), t.cancelled())


# cancel() called by the coroutine on its own task just before it returns
async def quick():
    print("self-cancel:", asyncio.current_task().cancel("late"))
    return 5


t = loop.create_task(quick())
loop.run_ready()
print(t.cancelled())


# cancellation propagates through an awaited task
async def inner_sleep():
    await asyncio.sleep(100)


async def outer():
    inner = asyncio.get_running_loop().create_task(inner_sleep())
    try:
        await inner
    finally:
        print("inner cancelled:", inner.cancelled())


t = loop.create_task(outer())
loop.run_ready()
t.cancel("from outside")
loop.run_ready()
print("outer cancelled:", t.cancelled())


# bad yields (types.coroutine lets a coroutine yield what it likes)
@types.coroutine
def yield_value(v):
    return (yield v)


async def yields(v):
    try:
        await yield_value(v)
    except RuntimeError as e:
        msg = str(e)
        print("  thrown in:", msg[:msg.index("<")] if "<" in msg else msg)
        return "recovered"


for v in [1, "text", [1, 2]]:
    t = loop.create_task(yields(v))
    loop.run_ready()
    print(t.result())
t = loop.create_task(yields((i for i in ())))
loop.run_ready()
fut_not_awaited = loop.create_future()
t = loop.create_task(yields(fut_not_awaited))
loop.run_ready()


# a bare yield gives the loop one round
async def bare():
    await yield_value(None)
    return "after bare yield"


t = loop.create_task(bare())
loop.run_ready()
print(t.result())


# a task awaiting itself
async def selfish():
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print("selfish:", str(e).split(":")[0])


t = loop.create_task(selfish())
loop.run_ready()

# a future of another loop
other = Loop("other")


async def wrong_loop():
    try:
        await other.create_future()
    except RuntimeError as e:
        print("wrong loop:", str(e).startswith("Task <Task"), "attached to a different loop" in str(e))


t = loop.create_task(wrong_loop())
loop.run_ready()

# contexts: a task runs in a copy of the context current when it was made
cv = contextvars.ContextVar("cv", default="unset")
cv.set("outer value")


async def ctx_task():
    before = cv.get()
    cv.set("task value")
    await asyncio.sleep(0)
    return before, cv.get()


t = loop.create_task(ctx_task())
print(loop.run_until_complete(t), cv.get())

# not a coroutine
for bad in [1, leaf]:
    try:
        asyncio.Task(bad, loop=loop)
    except TypeError as e:
        print("TypeError:", str(e).split(" got ")[0])

# get_stack and print_stack: a suspended coroutine's frame; a failed one's traceback frames
async def suspended():
    await asyncio.sleep(0)
    await loop.create_future()


t = loop.create_task(suspended(), name="stacked")
loop.run_ready()
print("stack:", [(f.f_code.co_name, f.f_lineno) for f in t.get_stack()], t.get_stack(limit=0))
import io

buf = io.StringIO()
t.print_stack(file=buf)
print(buf.getvalue().split("\n", 1)[1], end="")
t.cancel()
loop.run_ready()
print("cancelled stack:", t.get_stack())
t = loop.create_task(middle("stack"))
loop.run_ready()
print("failed stack:", [f.f_code.co_name for f in t.get_stack() if f.f_code.co_filename == __file__])
print("limit 1:", len([f for f in t.get_stack(limit=1)]))
t.exception()

# the finalizer of a pending task (called directly)
p = loop.create_task(leaf(0))
p.__del__()
p._log_destroy_pending = False
p.__del__()
loop.run_ready()
print("all done:", all(x.done() for x in asyncio.all_tasks(loop)) if asyncio.all_tasks(loop) else "none left")
