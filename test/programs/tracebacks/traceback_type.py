# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) and assignable tb_next: argument
# checks, the loop check, read-only members, and printing a traceback chain built by hand.
import sys, types
f = sys._getframe()
T = types.TracebackType
for a, k in [((None, f, 0, 1), {}), ((None, f, 7, -5), {}), ((1, f, 0, 1), {}), ((None, 1, 0, 1), {}), ((None, f, 1.5, 1), {}), ((None, f, 0, "x"), {}), ((None, f, 0), {}), ((), {}), ((None, f, 2**40, 1), {}), ((None,), {"tb_frame": f, "tb_lasti": 3, "tb_lineno": 9}), ((None, f, 0, 1, 5), {}), ((None, f, 0, 1), {"x": 1}), ((None, f, True, 1), {})]:
    try:
        t = T(*a, **k); print(type(t).__name__, t.tb_next, t.tb_lasti, t.tb_lineno, t.tb_frame is f)
    except Exception as e: print(type(e).__name__, e)
a = T(None, f, 0, 1); b = T(a, f, 2, 2)
print(b.tb_next is a)
for v in [b, a, 5]:
    try: a.tb_next = v
    except Exception as e: print(type(e).__name__, e)
try: del a.tb_next
except Exception as e: print(type(e).__name__, e)
a.tb_next = None; print(a.tb_next)
c = T(None, f, 4, 3); a.tb_next = c; print(b.tb_next.tb_next is c)
try: c.tb_next = b
except Exception as e: print(type(e).__name__, e)
for n in ["tb_frame", "tb_lasti", "tb_lineno"]:
    try: setattr(a, n, 1)
    except Exception as e: print(type(e).__name__, e)
print(T.__doc__)
try:
    raise ValueError("x").with_traceback(b)
except ValueError as e:
    print(e.__traceback__.tb_next is b)
import traceback
print(traceback.format_tb(b))

def inner():
    return sys._getframe()

def outer():
    return inner(), sys._getframe()

fi, fo = outer()
chain = T(T(None, fi, 0, fi.f_code.co_firstlineno + 1), fo, 0, fo.f_code.co_firstlineno + 1)
try:
    raise KeyError("built").with_traceback(chain)
except KeyError:
    traceback.print_exc(file=sys.stdout)
tb = None
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
extra = T(None, fi, 0, fi.f_code.co_firstlineno + 1)
tb.tb_next = extra
print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])
print("".join(traceback.format_exception(ZeroDivisionError, ZeroDivisionError("again"), tb)))
