# frame.clear() drops a finished frame's locals, cells and trace function (traceback.clear_frames
# calls it on each frame of a traceback); an executing frame cannot be cleared; a suspended
# generator's frame has its generator closed first (an exception from close() is unraisable).
import sys
import traceback


def outer():
    middle()


def middle():
    inner()


def inner():
    i = 1
    cell = [2]

    def uses_cell():
        return cell

    1 / 0


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
inner_frame = tb.tb_next.tb_next.tb_next.tb_frame
print("before:", sorted(inner_frame.f_locals))
traceback.clear_frames(tb)
print("after clear_frames:", inner_frame.f_locals, inner_frame.f_lineno, inner_frame.f_code.co_name)
print("clear again:", inner_frame.clear())

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("module frame:", e)


def caller_frame():
    return sys._getframe(1)


def clears_its_caller():
    try:
        caller_frame().clear()
    except RuntimeError as e:
        print("caller frame:", e)


clears_its_caller()


def counting():
    try:
        yield 1
        yield 2
    finally:
        print("counting: finally runs")


g = counting()
next(g)
g.gi_frame.clear()
print("gi_frame:", g.gi_frame, "next:", next(g, "exhausted"))

fresh = counting()
fresh.gi_frame.clear()
print("never started: gi_frame", fresh.gi_frame, "next:", next(fresh, "exhausted"))


def yields_own_frame():
    x = 5
    yield sys._getframe()


g = yields_own_frame()
own = next(g)
print("suspended locals:", own.f_locals)
own.clear()
print("cleared:", own.f_locals, g.gi_frame)


def clears_itself():
    sys._getframe().clear()
    yield 1


try:
    next(clears_itself())
except RuntimeError as e:
    print("running generator:", e)


def raises_on_close():
    try:
        yield sys._getframe()
    finally:
        raise ValueError("in finally")


def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, type(args.object).__name__)


sys.unraisablehook = hook
g = raises_on_close()
next(g).clear()
print("after unraisable:", g.gi_frame)


def tracer(frame, event, arg):
    return tracer


def traced():
    return sys._getframe()


sys.settrace(tracer)
traced_frame = traced()
sys.settrace(None)
print("traced:", traced_frame.f_trace is tracer)
traced_frame.clear()
print("trace after clear:", traced_frame.f_trace)


class Body:
    y = 1
    frame = sys._getframe()


Body.frame.clear()
print("class body namespace kept:", sorted(Body.frame.f_locals))
