# contextvars: ContextVar get/set/reset, Token, Context copy/run/mapping, error cases; decimal's context on top of it.
# Everything runs in a fresh Context: the oracle runs programs twice in one interpreter.
import contextvars
def main():
    global v, w
    v = contextvars.ContextVar("v", default=1)
    w = contextvars.ContextVar("w")
    print(v.name, v.get(), w.get(5))
    try: w.get()
    except LookupError as e: print("LookupError", type(e.args[0]).__name__)
    t = v.set(2)
    print(v.get(), t.var is v, t.old_value, repr(t.old_value))
    ctx = contextvars.copy_context()
    print(len(ctx), v in ctx, ctx[v], ctx.get(w), list(ctx.keys()) == [v])
    def f(x):
        v.set(x)
        return v.get()
    print(ctx.run(f, 10), v.get(), ctx[v])
    v.reset(t)
    print(v.get())
    try: v.reset(t)
    except RuntimeError as e: print("RuntimeError", str(e).split(" ")[0])
    try: ctx.run(lambda: ctx.run(lambda: 1))
    except RuntimeError as e: print("RuntimeError", str(e)[:22])
    print(contextvars.Context() == contextvars.Context(), len(contextvars.Context()))
    try: contextvars.ContextVar(1)
    except TypeError as e: print(e)
    try: ctx[1]
    except TypeError as e: print(e)
    print(contextvars.ContextVar[int], contextvars.Token.MISSING)
    t2 = w.set(3)
    try: v.reset(t2)
    except ValueError as e: print("ValueError", str(e).split("> ")[-1])
    import decimal
    print(decimal.Decimal("1.1") + decimal.Decimal("2.2"), decimal.getcontext().prec)
    with decimal.localcontext() as c:
        c.prec = 5
        print(decimal.Decimal(1) / decimal.Decimal(7))
    print(decimal.Decimal(1) / decimal.Decimal(7))
contextvars.Context().run(main)
