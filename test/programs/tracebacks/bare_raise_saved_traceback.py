# exit: 1
# A bare `raise` and sys.exc_info() use the traceback saved when the exception was caught, not
# whatever the handler set its __traceback__ to since (CPython keeps it in the exception state).
import sys, traceback


def f():
    raise ValueError("x")


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


try:
    try:
        f()
    except ValueError as e:
        print("at catch", depth(e.__traceback__), depth(sys.exc_info()[2]))
        e.__traceback__ = None
        print("after clearing", depth(e.__traceback__), depth(sys.exc_info()[2]))
        raise
except ValueError as e:
    print("re-raised", depth(e.__traceback__))

try:
    try:
        f()
    except ValueError as e:
        e.with_traceback(None)
        print(sys.exc_info()[2] is None)
        raise
except ValueError as e:
    print("re-raised after with_traceback(None)", depth(e.__traceback__))


def g():
    try:
        f()
    except ValueError as e:
        e.__traceback__ = None
        raise


try:
    g()
except ValueError:
    traceback.print_exc(file=sys.stdout)


# the outer exception's saved traceback comes back when an inner handler ends
try:
    f()
except ValueError as outer:
    outer.__traceback__ = None
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner", depth(sys.exc_info()[2]))
    print("outer again", depth(sys.exc_info()[2]), sys.exc_info()[1] is outer)


# a generator suspended in an except block keeps its own saved traceback
def gen():
    try:
        f()
    except ValueError as e:
        e.__traceback__ = None
        yield depth(sys.exc_info()[2])
        yield depth(sys.exc_info()[2])


it = gen()
print("gen", next(it))
try:
    raise KeyError("k")
except KeyError:
    print("gen inside caller's handler", next(it), depth(sys.exc_info()[2]))


# sys.exc_info() from a function called in the handler
def where():
    return depth(sys.exc_info()[2])


for i in range(3):
    try:
        f()
    except ValueError as e:
        e.__traceback__ = None
        print("called", where())

try:
    g()
except ValueError as e:
    print("from g", depth(e.__traceback__))
raise_again = g
raise_again()
