# throw() into a generator delegating with yield from / await: in 3.10.2 the innermost generator
# runs with the delegating generator's frame as its f_back, and that frame has no f_back meanwhile;
# send() links the whole chain. Tracebacks through throw() are unchanged.
import sys, traceback, types
def names(fr):
    out = []
    while fr is not None:
        out.append(fr.f_code.co_name); fr = fr.f_back
    return out
def inner():
    try:
        yield 1
    except KeyError:
        print("inner sees", names(sys._getframe()))
        raise ValueError("from inner")
def middle():
    yield from inner()
def outer():
    yield from middle()
g = outer()
next(g)
try:
    g.throw(KeyError)
except ValueError:
    traceback.print_exc(file=sys.stdout)
def inner2():
    try:
        yield 1
    except KeyError:
        print("inner2 sees", names(sys._getframe()))
        yield 2
    print("resumed", names(sys._getframe()))
    yield 3
def outer2():
    print("outer2 before", names(sys._getframe()))
    yield from inner2()
    print("outer2 after", names(sys._getframe()))
def drive():
    g = outer2()
    next(g)
    print(g.throw(KeyError))
    print(next(g))
    print(g.gi_frame.f_back, g.gi_yieldfrom.gi_frame.f_back)
drive()
def f():
    try:
        yield names(sys._getframe())
    except RuntimeError:
        pass
    yield names(sys._getframe())
def g():
    yield from f()
def caller(m):
    gen = g()
    print(next(gen))
    print(m(gen))
caller(lambda gen: gen.send(None))
caller(lambda gen: gen.throw(RuntimeError))

async def a():
    return await b()
async def b():
    return await c()
@types.coroutine
def c():
    try:
        yield len(traceback.extract_stack())
    except ZeroDivisionError:
        yield len(traceback.extract_stack())
coro = a()
print(coro.send(None), coro.throw(ZeroDivisionError))
