# Looking up the event loop with none running: get_running_loop() raises, _get_running_loop() is
# None, and get_event_loop(), Future() and ensure_future() without a loop ask the policy after a
# DeprecationWarning ("There is no current event loop") pointing at the caller in this file.
import asyncio
import warnings
from _loop import Loop

warnings.simplefilter("always")


def show_warning(message, category, filename, lineno, file=None, line=None):
    print(f"warning: {category.__name__}: {message} (line {lineno}, this file: {filename == __file__})")


warnings.showwarning = show_warning

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
print("_get_running_loop:", asyncio.events._get_running_loop())
loop = asyncio.get_event_loop()
print("got a loop:", loop is not None)
f = asyncio.Future()
print("future's loop is the policy's:", f.get_loop() is loop)


async def coro():
    return 1


t = asyncio.ensure_future(coro())
print("task's loop is the policy's:", t.get_loop() is loop)
t.cancel()
mine = Loop()
asyncio.events._set_running_loop(mine)
print("running:", asyncio.get_running_loop() is mine, asyncio.get_event_loop() is mine, asyncio.events._get_running_loop() is mine)
print("Future() takes it:", asyncio.Future().get_loop() is mine)
asyncio.events._set_running_loop(None)
print("none again:", asyncio.events._get_running_loop())
try:
    asyncio.events._set_running_loop()
except TypeError:
    print("_set_running_loop needs its argument")
