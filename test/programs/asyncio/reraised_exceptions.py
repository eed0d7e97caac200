# The exception a future holds, raised each time its result is asked for: raised inside an except
# block it takes the exception being handled as __context__, and its traceback grows by the frames
# it passes each time (CPython 3.10.2, before bpo-45924). Only this file's frames are printed.
import asyncio
import traceback
from _loop import Loop

loop = Loop()


def own(e):
    return [f.name for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]


async def failing():
    await asyncio.sleep(0)
    raise ValueError("v")


async def main():
    t = asyncio.get_running_loop().create_task(failing())
    await asyncio.sleep(1)
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                await t
            except ValueError as e:
                print("await", i, own(e), repr(e.__context__))
    for i in range(2):
        try:
            raise KeyError(f"r{i}")
        except KeyError:
            try:
                t.result()
            except ValueError as e:
                print("result()", i, own(e), repr(e.__context__))

    async def waiter():
        await t

    r = await asyncio.gather(waiter(), waiter(), return_exceptions=True)
    print("gather:", r[0] is r[1], own(r[0]))
    f = asyncio.get_running_loop().create_future()
    f.set_exception(RuntimeError("direct"))
    for i in range(2):
        try:
            await f
        except RuntimeError as e:
            print("direct", i, own(e), repr(e.__context__))
    print("exception():", repr(f.exception()), own(f.exception()))
    c = asyncio.get_running_loop().create_future()
    c.cancel("msg")
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            await c
        except asyncio.CancelledError as e:
            print("cancelled:", repr(e), repr(e.__context__))


loop.run_until_complete(main())
