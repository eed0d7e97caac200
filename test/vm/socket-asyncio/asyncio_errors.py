# Errors under asyncio as CPython reports them: an exception in a loop callback goes to the default
# exception handler (logged with its traceback) or to one set by the program. (An exception leaving
# asyncio.run is compared in asyncio_tracebacks.py, without the line numbers of the library's frames:
# 3.10.13's asyncio has other line numbers than the 3.10.2 library dislab runs.)
import asyncio
def bad():
    raise ValueError("in callback")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    await asyncio.sleep(0.01)
    loop.set_exception_handler(lambda l, ctx: print("handler:", ctx["message"], repr(ctx.get("exception"))))
    loop.call_soon(bad)
    await asyncio.sleep(0.01)
    print("end")
asyncio.run(main())

