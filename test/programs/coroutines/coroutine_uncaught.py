# exit: 1
# An exception raised deep inside awaited coroutines escapes the hand-written driver: all frames are shown.
class Yield:
    def __await__(self):
        yield
async def fetch(key):
    await Yield()
    data = {"a": 1, "b": 2}
    return data[key]
async def total(keys):
    s = 0
    for k in keys:
        s += await fetch(k)
    return s
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(run(total("ab")))
print(run(total("abc")))
