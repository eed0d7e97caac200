# asend/athrow/aclose awaitables of async generators, driven by hand: which value a first send
# uses, 'already running' while a step awaits, reuse after the end, aclose's StopIteration and
# 'ignored GeneratorExit', and 3.10.2's athrow() that can be sent to again after its step ended.
import types
log = []
@types.coroutine
def sus(v):
    return (yield v)

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e.args)

async def gen():
    try:
        x = yield 1
        print("got", x)
        y = await sus("aw")
        print("got aw", y)
        yield x
    finally:
        log.append("fin")

g = gen()
print(type(g.__anext__()).__name__, type(g.asend(1)).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
show("send100 to fresh", lambda: gen().__anext__().send(100))
show("asend(5) fresh", lambda: gen().asend(5).send(None))
g = gen()
show("first", lambda: g.__anext__().send(None))
show("anext send 10", lambda: g.__anext__().send(10))
a = g.__anext__()
show("a.send", lambda: a.send(None))
show("a.send again", lambda: a.send(7))
show("a.send closed", lambda: a.send(7))
show("a.throw closed", lambda: a.throw(ValueError))
show("next", lambda: g.__anext__().send(None))
show("next after end", lambda: g.__anext__().send(None))
show("athrow after end", lambda: g.athrow(ValueError).send(None))
show("aclose after end", lambda: g.aclose().send(None))

# athrow on fresh
g = gen()
show("athrow fresh", lambda: g.athrow(ValueError, ValueError("v")).send(None))
show("anext after athrow fresh", lambda: g.__anext__().send(None))
g = gen()
show("aclose fresh", lambda: g.aclose().send(None))
show("anext after aclose fresh", lambda: g.__anext__().send(None))
g = gen()
show("athrow fresh non-None", lambda: g.athrow(ValueError).send(1))

# aclose twice same object
g = gen()
show("first", lambda: g.__anext__().send(None))
c = g.aclose()
show("aclose", lambda: c.send(None))
show("aclose again", lambda: c.send(None))
show("aclose throw again", lambda: c.throw(ValueError))
show("aclose new", lambda: g.aclose().send(None))
show("athrow new", lambda: g.athrow(KeyError).send(None))

# athrow caught, yields
async def gen2():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            await sus("in-except")
            yield 2
g = gen2()
show("first", lambda: g.__anext__().send(None))
t = g.athrow(ValueError("x"))
show("athrow", lambda: t.send(None))
show("athrow 2", lambda: t.send("resume"))
show("athrow 3", lambda: t.send(None))
t = g.athrow(ValueError("y"))
show("athrow throw into", lambda: t.throw(KeyError("k")))
show("after", lambda: t.send(None))
# aclose ignoring
async def gen3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = gen3()
show("first", lambda: g.__anext__().send(None))
show("aclose ignoring", lambda: g.aclose().send(None))
async def gen4():
    try:
        yield 1
    except GeneratorExit:
        await sus("closing")
        print("closed ok")
g = gen4()
show("first", lambda: g.__anext__().send(None))
c = g.aclose()
show("aclose await", lambda: c.send(None))
show("aclose await 2", lambda: c.send(None))
g = gen4()
show("first", lambda: g.__anext__().send(None))
c = g.aclose()
show("aclose await", lambda: c.send(None))
show("aclose throw", lambda: c.throw(KeyError))
show("aclose close", lambda: c.close())
g = gen4()
show("first", lambda: g.__anext__().send(None))
c = g.aclose()
show("aclose await", lambda: c.send(None))
show("anext while running", lambda: g.__anext__().send(None))
show("athrow while running", lambda: g.athrow(ValueError).send(None))
show("aclose while running", lambda: g.aclose().send(None))
show("asend throw fresh", lambda: gen().__anext__().throw(KeyError))
a = gen().__anext__()
show("asend close", lambda: a.close())
show("asend after close", lambda: a.send(None))
print(log)
