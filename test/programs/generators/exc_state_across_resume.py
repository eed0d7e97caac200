# A generator suspended inside an except block: leaving the block restores the
# exception state of whoever resumes it, not of who ran it when it caught.
import sys


def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, None if t is None else t.__name__, None if v is None else repr(v), tb is not None)


def g():
    try:
        raise ValueError
    except ValueError:
        show("in handler")
        yield 1
        show("handler resumed")
    show("after")
    yield 2
    show("end")


gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))
try:
    raise KeyError("k")
except KeyError:
    print(next(gen, "done"))


def h():
    try:
        raise ValueError("v")
    except ValueError:
        yield 1
        try:
            raise TypeError("t")
        except TypeError:
            yield 2
            show("inner resumed")
        show("outer resumed")
    show("h after")
    yield 3


gen = h()
try:
    raise IndexError
except IndexError:
    print(next(gen))
    print(next(gen))
try:
    raise KeyError("k2")
except KeyError:
    print(gen.send(None))
    show("caller")
print(next(gen, "done"))

# throw() into a generator suspended in an except block
def t():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            yield 1
        except RuntimeError as e:
            print("caught", repr(e), repr(e.__context__))
            show("in second handler")
        show("first handler")
    show("t after")
    yield 2

gen = t()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(gen.throw(RuntimeError("r")))
show("top")
