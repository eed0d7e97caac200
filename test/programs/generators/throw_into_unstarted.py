# throw() into a generator (or coroutine, or async generator through athrow) that has not started:
# the body never runs, but the exception is raised in its frame at its first line, so the
# traceback has that frame, and a StopIteration (StopAsyncIteration) leaving it becomes a
# RuntimeError, as PEP 479 has it. The generator is finished afterwards.
import traceback

def gen():
    yield 1

def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e, type(e.__cause__).__name__)
        print("".join(traceback.format_tb(e.__traceback__)[1:]), end="")

g = gen()
show("StopIteration", lambda: g.throw(StopIteration))
print(g.gi_frame, list(g))
show("StopIteration(5)", lambda: gen().throw(StopIteration(5)))
show("ValueError", lambda: gen().throw(ValueError, "v"))
show("GeneratorExit", lambda: gen().throw(GeneratorExit))

async def coro():
    return 1
c = coro()
show("coroutine", lambda: c.throw(StopIteration))
show("coroutine again", lambda: c.send(None))

async def agen():
    yield 1
show("athrow StopAsyncIteration", lambda: agen().athrow(StopAsyncIteration).send(None))
show("athrow KeyError", lambda: agen().athrow(KeyError("k")).send(None))

def outer():
    yield from gen()
show("yield from, unstarted", lambda: outer().throw(StopIteration))
o = outer()
next(o)
show("yield from, started", lambda: o.throw(StopIteration))
