# asyncio.Future driven by a deterministic loop (_loop.py): results, exceptions, cancellation with
# messages, done-callbacks (their order, contexts, removal), reprs and the errors of misuse, as
# CPython's Future (its C one, or the pure-Python one the oracle runs) shows them.
import asyncio
import contextvars
from _loop import Loop

loop = Loop()


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except BaseException as e:
        print(f"{label}: {type(e).__name__}{e.args if type(e).__name__ not in ('InvalidStateError',) else ''}")
    else:
        print(f"{label}: -> {r!r}")


fut = loop.create_future()
print(repr(fut), fut._state, fut._result, fut._exception, fut.get_loop() is loop, fut._loop is loop)
print(fut.done(), fut.cancelled(), fut._asyncio_future_blocking, fut._log_traceback, fut._source_traceback, fut._cancel_message)
print(asyncio.isfuture(fut), asyncio.isfuture(object()), asyncio.isfuture(asyncio.Future))
attempt("result pending", fut.result)
attempt("exception pending", fut.exception)

# callbacks: order, contexts, removal
cv = contextvars.ContextVar("cv", default="default")
order = []


def cb(tag):
    def f(fut):
        order.append((tag, fut.done(), cv.get()))
    f.__qualname__ = f"cb_{tag}"
    return f


a, b, c = cb("a"), cb("b"), cb("c")
fut.add_done_callback(a)
ctx = contextvars.copy_context()
ctx.run(cv.set, "in-ctx")
fut.add_done_callback(b, context=ctx)
fut.add_done_callback(c)
fut.add_done_callback(a)
cv.set("after-add")
print("callbacks:", len(fut._callbacks), [cb.__qualname__ for cb, _ in fut._callbacks])
print("remove a:", fut.remove_done_callback(a), "remove a again:", fut.remove_done_callback(a), "left:", len(fut._callbacks))
print("remove unknown:", fut.remove_done_callback(print))
fut.add_done_callback(a)
fut.set_result({"k": [1, 2]})
print(repr(fut), fut._state, len(fut._callbacks or []))
print("scheduled, not run yet:", order)
loop.run_ready()
print("ran:", order)
order.clear()
fut.add_done_callback(cb("late"))
print("late callback scheduled, not run:", order)
loop.run_ready()
print(order)
print(fut.result(), fut.exception(), fut.done(), fut.cancelled(), fut.cancel())
attempt("set_result again", fut.set_result, 1)
attempt("set_exception after result", fut.set_exception, ValueError("x"))

# exceptions
f2 = loop.create_future()
attempt("StopIteration class", f2.set_exception, StopIteration)
attempt("StopIteration instance", f2.set_exception, StopIteration(1))
print("still pending:", not f2.done())


class MyStop(StopIteration):
    pass


f2.set_exception(MyStop("subclass is fine"))
print(repr(f2), f2._log_traceback)
attempt("result", f2.result)
print("log_traceback after result():", f2._log_traceback)
f3 = loop.create_future()
f3.set_exception(KeyError)
print(repr(f3), f3._log_traceback, repr(f3.exception()), f3._log_traceback)
attempt("set _log_traceback True", setattr, f3, "_log_traceback", True)
f3._log_traceback = False
print(f3._log_traceback)
e = ValueError("kept")
f4 = loop.create_future()
f4.set_exception(e)
try:
    f4.result()
except ValueError as got:
    print("same object:", got is e, f4.exception() is e)

# cancellation
f5 = loop.create_future()
f5.add_done_callback(cb("on-cancel"))
print(f5.cancel("the reason"), f5.cancel("again"), f5.cancelled(), f5.done(), repr(f5), f5._cancel_message)
loop.run_ready()
print(order[-1])
try:
    f5.result()
except asyncio.CancelledError as err:
    print("result():", repr(err), err.__context__)
try:
    f5.exception()
except asyncio.CancelledError as err:
    print("exception():", repr(err))
f5._cancel_message = "rewritten"
try:
    f5.result()
except asyncio.CancelledError as err:
    print("after rewrite:", repr(err))
f6 = loop.create_future()
f6.cancel()
try:
    f6.result()
except asyncio.CancelledError as err:
    print("no message:", repr(err), err.args)
attempt("set_result on cancelled", f6.set_result, 1)
print(f6.cancel(), f6.cancelled())

# exception never retrieved (the finalizer, called directly)
f7 = loop.create_future()
f7.set_exception(RuntimeError("lost"))
f7.__del__()
f8 = loop.create_future()
f8.set_exception(RuntimeError("seen"))
f8.exception()
f8.__del__()

# reprs
for x in ["s" * 100, 12, None, (1, "two")]:
    g = loop.create_future()
    g.set_result(x)
    print(repr(g))
h = loop.create_future()
h.set_result(h)
print(repr(h)[:40])

# weak references and instance attributes
import weakref

r = weakref.ref(fut)
print(r() is fut)
fut.extra = "attr"
print(fut.extra)
