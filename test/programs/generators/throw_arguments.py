# gen.throw(typ, val, tb): bad arguments are the caller's TypeError and leave the generator alone;
# a class is instantiated as it is thrown in (a tuple value gives the arguments), and when that
# fails (a __new__ returning a non-exception, an __init__ raising) the failure is what the
# generator gets at its yield: caught there, or ending a just-started generator.
import sys
import traceback


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


class F(Exception):
    def __init__(self, *a):
        raise KeyError("init failed")


class V(ValueError):
    pass


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e.args, repr(e.__context__))


def boring():
    yield


def catching():
    while True:
        try:
            yield
        except GeneratorExit:
            print("closed")
            return
        except BaseException as e:
            print("caught inside", type(e).__name__, e.args)


for cls in (E, F):
    g = boring()
    show("fresh throw", lambda: g.throw(cls))
    show("next", lambda: next(g))
    g = boring()
    show("fresh throw val", lambda: g.throw(cls, 1))
    show("next", lambda: next(g))
    g = catching()
    next(g)
    show("started throw", lambda: g.throw(cls))
    show("started throw val", lambda: g.throw(cls, "v"))
    show("started throw inst", lambda: g.throw(ValueError, 5))
    show("started throw bad", lambda: g.throw(5))
    show("started throw tb bad", lambda: g.throw(ValueError, None, 5))
    show("both bad", lambda: g.throw(5, None, 5))
    show("instance with value", lambda: g.throw(ValueError(), 1))
    show("still running", lambda: next(g))
    g.close()

g = catching()
next(g)
g.throw(ValueError, (1, 2))
g.throw(ValueError, ())
g.throw(ValueError, [1])
g.throw(ValueError, None)
g.throw(ValueError, V(3))
g.throw(V, ValueError(3))
g.throw(ValueError(), None, None)
g.close()


def raiser():
    yield


try:
    g = raiser()
    next(g)
    g.throw(F)
except KeyError:
    traceback.print_exc(file=sys.stdout)
show("after", lambda: next(g))
