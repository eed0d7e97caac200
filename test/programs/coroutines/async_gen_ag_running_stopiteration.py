# An async generator's ag_running is true while one of its asend/athrow awaitables is suspended in
# an await (3.10's ag_running_async), not only while its frame runs; closing that awaitable does not
# reset it in 3.10.2. A step that ends with a yielded None raises a StopIteration without args
# (str '', value None), as a returning coroutine's; another value is its only arg.


class Step:
    def __await__(self):
        got = yield "awaiting"
        return got


async def agen():
    print("inside:", g.ag_running)
    await Step()
    yield None
    yield (1, 2)
    yield "x"


def step(aw, value=None):
    try:
        return ("yielded to driver", aw.send(value))
    except StopIteration as e:
        return ("StopIteration", e.args, repr(str(e)), e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))


g = agen()
print(g.ag_running)
a = g.__anext__()
print(step(a), g.ag_running)
print(step(a, 5), g.ag_running)
for _ in range(3):
    print(step(g.asend(None)), g.ag_running)

g2 = agen()
b = g2.asend(None)
print(step(b), g2.ag_running)
print(b.close(), g2.ag_running)
print(step(g2.__anext__()))
print(step(g2.athrow(ValueError)), g2.ag_running)


async def coro(v):
    return v


for v in (None, 0, (None,), ()):
    print(step(coro(v)))
