# Tracebacks through asyncio.run as CPython 3.10 prints them with its C Future and Task (_asyncio):
# the frames are the program's, asyncio.run's and run_until_complete's, with none of
# asyncio/futures.py or tasks.py. Printed to stdout as (file, function) pairs, with line numbers
# only for this file (the local CPython's asyncio is a later 3.10 with other line numbers).
import asyncio
import os
import sys
import traceback


def frames(e):
    out = []
    for f in traceback.extract_tb(e.__traceback__):
        where = os.path.basename(f.filename)
        out.append(f"{where}:{f.lineno if f.filename == __file__ else '-'} {f.name}")
    return out


def report(label, e):
    print(f"{label}: {type(e).__name__}: {e}")
    for line in frames(e):
        print("   ", line)
    ctx = e.__context__
    if ctx is not None and not e.__suppress_context__:
        print("    context:", type(ctx).__name__, ctx)


async def inner():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    await inner()


try:
    asyncio.run(main())
except ValueError as e:
    report("asyncio.run", e)


async def in_task():
    await asyncio.sleep(0)
    raise KeyError("from a task")


async def awaits_task():
    t = asyncio.create_task(in_task())
    await t


try:
    asyncio.run(awaits_task())
except KeyError as e:
    report("through a task", e)


async def gathers():
    await asyncio.gather(asyncio.sleep(0), in_task())


try:
    asyncio.run(gathers())
except KeyError as e:
    report("gather", e)


async def times_out():
    await asyncio.wait_for(asyncio.sleep(10), 0.01)


try:
    asyncio.run(times_out())
except asyncio.TimeoutError as e:
    report("wait_for", e)


async def cancelled_child():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("no more")
    await t


try:
    asyncio.run(cancelled_child())
except asyncio.CancelledError as e:
    report("cancelled", e)


async def handled():
    try:
        await inner()
    except ValueError:
        traceback.print_exc(file=sys.stdout, limit=-2)
    return "handled"


print(asyncio.run(handled()))
