# sys.settrace and generators: 'call' on every resumption, 'return' on every yield, yield from,
# send/throw/close, comprehensions and generator expressions, a coroutine driven by hand.
import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        arg = arg[0].__name__
    elif event == "call":
        arg = ""
    print(event, name, frame.f_lineno, arg)
    return tracer

def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "end"

def delegate():
    r = yield from counter(2)
    yield r

def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"
    finally:
        print("gen finally")

async def coro(x):
    return x * 2

sys.settrace(tracer)
print(list(delegate()))
g = counter(10)
print(next(g), g.send(5), next(g))
c = catcher()
print(next(c), c.throw(KeyError), end=" ")
c.close()
print()
squares = [v * v for v in range(3)]
total = sum(v for v in range(3))
d = {k: k for k in "ab"}
try:
    coro(4).send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
sys.settrace(None)
print(squares, total, d)
