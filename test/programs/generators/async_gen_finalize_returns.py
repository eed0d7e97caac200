# Finalizing an async generator without asyncgen hooks closes it as gen_close does: one that
# returns on GeneratorExit raises StopAsyncIteration there (gen_send_ex), which gen_close does
# not take for a clean close, so it is reported as unraisable; one that yields again is "async
# generator ignored GeneratorExit". (g.__del__() finalizes it where the oracle's run would not.)
import sys
def hook(u):
    print("unraisable:", type(u.exc_value).__name__, repr(u.exc_value), type(u.object).__name__)
sys.unraisablehook = hook

async def returns():
    try:
        yield 1
    except GeneratorExit:
        print("caught, returning")
        return

async def reyields():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def closes():
    try:
        yield 1
    finally:
        print("finally")

async def raises():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("v")

for make in (returns, reyields, closes, raises):
    g = make()
    try:
        g.asend(None).send(None)
    except StopIteration as e:
        print(make.__name__, "yielded", e.value)
    g.__del__()
    print(make.__name__, "finalized", g.ag_frame is None)
    g.__del__()
