# What can be awaited: coroutines, objects with __await__, generator-based coroutines; and the TypeErrors.
import types
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
async def inner():
    return 5
async def awaits(x):
    return await x
print(run(awaits(inner())))
class BadAwait:
    def __await__(self):
        return 42
class GenAwait:
    def __await__(self):
        return iter([None, None])
class CoroAwait:
    def __init__(self):
        self.coro = inner()
    def __await__(self):
        return self.coro
print(err(lambda: run(awaits(5))))
print(err(lambda: run(awaits(BadAwait()))))
print(err(lambda: run(awaits(GenAwait()))))
ca = CoroAwait()
print(err(lambda: run(awaits(ca))))
ca.coro.close()
print(err(lambda: run(awaits(x for x in []))))
@types.coroutine
def legacy():
    v = yield "from legacy"
    return ("legacy got", v)
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
print(err(lambda: c.send("value")))
co = inner()
print(run(awaits(co)))
print(err(lambda: run(awaits(co))))
async def nested():
    a = await inner()
    b = await awaits(inner())
    return a + b
print(run(nested()))
