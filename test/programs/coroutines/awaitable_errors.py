# Errors of 'async with' / 'async for' with objects that are not awaitable, and
# setting a generator's or coroutine's __name__/__qualname__ to a non-str.
def run(coro):
    try:
        coro.send(None)
    except StopIteration:
        print("done")
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))


class AEnterInt:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2


class AExitInt:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 3


async def w1():
    async with AEnterInt():
        pass


async def w2():
    async with AExitInt():
        pass


async def w3():
    async with AExitInt():
        1 / 0


async def w4():
    await 5


run(w1())
run(w2())
run(w3())
run(w4())


class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0


async def f1():
    async for _ in F():
        pass


class G:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7


async def f2():
    async for _ in G():
        pass


run(f1())
run(f2())


def gen():
    yield 1


async def coro():
    pass


for obj in (gen(), coro()):
    for attr in ("__name__", "__qualname__"):
        try:
            setattr(obj, attr, 123)
        except TypeError as e:
            print(type(obj).__name__, attr, e)
        setattr(obj, attr, "renamed")
        print(getattr(obj, attr))
    if type(obj).__name__ == "coroutine":
        obj.close()
