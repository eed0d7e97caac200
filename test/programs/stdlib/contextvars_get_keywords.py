# ContextVar.get and Context.get are METH_FASTCALL methods taking positional arguments only:
# keywords are refused under the qualified name ("ContextVar.get() takes no keyword arguments";
# w.get(default=4) returned 4), and too many or too few arguments are clinic's counts.
import contextvars
w = contextvars.ContextVar('w')
for f in [lambda: w.get(default=4), lambda: w.get(4, 5), lambda: w.set(value=1), lambda: w.reset(token=1), lambda: contextvars.ContextVar(name='x'), lambda: contextvars.ContextVar('x', default=3).get(),
          lambda: contextvars.copy_context().get(w, default=1), lambda: contextvars.copy_context().run(callable=len), lambda: contextvars.Context(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: contextvars.copy_context().get(), lambda: contextvars.copy_context().get(w, 1, 2), lambda: contextvars.copy_context().get(w, 7), lambda: contextvars.copy_context().get(1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
