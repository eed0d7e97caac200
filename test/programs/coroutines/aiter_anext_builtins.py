# The 3.10 builtins aiter() and anext(), with and without a default, and their TypeErrors.
class Tick:
    def __await__(self):
        yield
async def numbers(n):
    for i in range(n):
        await Tick()
        yield i
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def main():
    it = aiter(numbers(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "StopAsyncIteration"
    return a, b, c, d
print(run(main()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: aiter([1])))
print(err(lambda: anext(iter([1]))))
print(err(lambda: aiter()))
g = numbers(1)
print(aiter(g) is g, type(anext(g)).__name__ in ("coroutine", "async_generator_asend", "anext_awaitable"))
