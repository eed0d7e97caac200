# anext(it, default)'s awaitable: send/throw/close reach the iterator of what __anext__ returned,
# asked for again at each step (a new __await__ call each time, as in 3.10.2), StopAsyncIteration
# becomes StopIteration(default), and athrow()'s arguments are checked at its first send.
import types
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e.args)

@types.coroutine
def sus(v):
    return (yield v)

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        x = await sus(("aw", self.i))
        return (self.i, x)

it = AIt()
a = anext(it, "dflt")
print(type(a).__name__)
show("send", lambda: a.send(None))
show("send2", lambda: a.send("X"))
show("send3", lambda: a.send(None))
a = anext(it, "dflt")
show("next", lambda: next(a))
show("next2", lambda: next(a))
a = anext(it, "dflt")
show("n", lambda: a.send(None))
show("n2", lambda: a.send(None))
show("n3", lambda: a.send(None))

class Aw:
    def __init__(self): self.n = 0
    def __await__(self):
        self.n += 1
        print("__await__ called", self.n)
        yield "first"
        yield "second"
        return "done"
class AIt2:
    def __aiter__(self): return self
    def __anext__(self): return Aw()
a = anext(AIt2(), "d")
show("s1", lambda: a.send(None))
show("s2", lambda: a.send(None))
show("s3", lambda: a.send(None))
show("throw", lambda: a.throw(ValueError))
show("close", lambda: a.close())

async def agenfn():
    try:
        await sus(1)
    except KeyError:
        await sus(2)
    return
    yield
g = anext(agenfn(), "default")
show("s", lambda: g.send(None))
show("t", lambda: g.throw(KeyError, KeyError(), None))
show("s", lambda: g.send(None))
show("s", lambda: g.send(None))
g = anext(agenfn(), "default")
show("s", lambda: g.send(None))
show("close", lambda: g.close())
show("s after close", lambda: g.send(None))
g = anext(agenfn(), "default")
show("t fresh", lambda: g.throw(KeyError))
show("t fresh2", lambda: g.throw(KeyError("a")))
show("bad throw", lambda: anext(agenfn(), 1).throw(1))
show("no args throw", lambda: anext(agenfn(), 1).throw())
show("send noarg", lambda: anext(agenfn(), 1).send())
class NoMeth:
    def __aiter__(self): return self
    def __anext__(self): return iter([1,2])
show("iter anext", lambda: anext(NoMeth(), 1).send(None))
class GenAw:
    def __aiter__(self): return self
    def __anext__(self): return GA()
class GA:
    def __await__(self): return iter([5, 6])
a = anext(GenAw(), 0)
show("iter await send", lambda: a.send(None))
show("iter await send2", lambda: a.send(None))
show("iter await throw", lambda: a.throw(KeyError))
show("iter await close", lambda: a.close())
show("repr", lambda: type(anext(GenAw())).__name__)
show("close1", lambda: anext(agenfn(), 1).close(1))
show("closekw", lambda: anext(agenfn(), 1).close(a=1))
show("throwkw", lambda: anext(agenfn(), 1).throw(a=1))
show("throw4", lambda: anext(agenfn(), 1).throw(1,2,3,4))
show("sendkw", lambda: anext(agenfn(), 1).send(a=1))
show("close", lambda: anext(agenfn(), 1).close())
show("athrow0", lambda: type(agenfn().athrow()).__name__)
show("athrow bad", lambda: type(agenfn().athrow(1)).__name__)
show("athrow bad send", lambda: agenfn().athrow(1).send(None))
show("athrow bad val", lambda: agenfn().athrow(ValueError(), 1).send(None))
show("asend throw bad", lambda: agenfn().asend(None).throw(1))
show("aclose arg", lambda: agenfn().aclose(1))
show("athrow0 send", lambda: agenfn().athrow().send(None))
show("athrow4", lambda: type(agenfn().athrow(1,2,3,4)).__name__)
show("athrow4 send", lambda: agenfn().athrow(1,2,3,4).send(None))
show("athrowkw", lambda: agenfn().athrow(a=1))
show("athrow throw", lambda: agenfn().athrow(ValueError).throw())
g = agenfn()
show("fin", lambda: g.aclose().send(None))
show("athrow0 send fin", lambda: g.athrow().send(None))
