# async with (__aenter__/__aexit__) and async for (__aiter__/__anext__) on user classes, with exceptions.
class Step:
    def __await__(self):
        yield
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Step()
        print(f"  open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Step()
        print(f"  close {self.name} ({et.__name__ if et else 'no error'})")
        return et is KeyError
class Rows:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Step()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return f"row{self.i}"
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
async def main():
    async with Conn("db") as c:
        rows = [r async for r in Rows(3)]
        print("  rows", rows)
    async with Conn("swallow"):
        raise KeyError("ignored")
    try:
        async with Conn("propagate"):
            raise ValueError("passes through")
    except ValueError as e:
        print("  caught", e)
    async with Conn("a") as a, Conn("b") as b:
        print("  both", a.name, b.name)
    async for r in Rows(2):
        print("  for", r)
    else:
        print("  for-else ran")
    return "ok"
print(run(main()))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
async def bad_with():
    async with object():
        pass
async def bad_for():
    async for x in [1, 2]:
        pass
print(err(lambda: run(bad_with())))
print(err(lambda: run(bad_for())))
