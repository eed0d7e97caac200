# sys functions' argument checking (METH_NOARGS/METH_O and clinic: counts, no keywords, C int ranges),
# displayhook's 'lost sys.stdout', and the values setdlopenflags/setswitchinterval keep (whole microseconds).
import sys, builtins
dh = sys.__displayhook__
dh(42); print(builtins._)
del builtins._
dh(None); print(hasattr(builtins, "_"))
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
t("dh()", lambda: dh())
t("dh(1,2)", lambda: dh(1, 2))
stdout = sys.stdout
res = []
try:
    del sys.stdout
    try: dh(42)
    except Exception as e: res.append((type(e).__name__, str(e)))
    try: dh(None); res.append("None ok")
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stdout = None
    try: dh(43)
    except Exception as e: res.append((type(e).__name__, str(e)))
finally:
    sys.stdout = stdout
print(res)
t("switch()", lambda: sys.setswitchinterval())
t("switch(a)", lambda: sys.setswitchinterval("a"))
t("switch(-1)", lambda: sys.setswitchinterval(-1.0))
t("switch(0)", lambda: sys.setswitchinterval(0.0))
t("switch(x=1)", lambda: sys.setswitchinterval(interval=1.0))
t("switch(3)", lambda: sys.setswitchinterval(3))
print(sys.getswitchinterval())
t("getframe(42,42)", lambda: sys._getframe(42, 42))
t("getframe(big)", lambda: sys._getframe(2000000000))
t("getframe(-1)", lambda: sys._getframe(-1).f_code.co_name)
t("getframe(depth=0)", lambda: sys._getframe(depth=0))
t("getframe('a')", lambda: sys._getframe('a'))
t("getframe(2**70)", lambda: sys._getframe(2**70))
t("getdlopenflags(42)", lambda: sys.getdlopenflags(42))
t("setdlopenflags()", lambda: sys.setdlopenflags())
import sys
names = sorted(n for n in dir(sys) if callable(getattr(sys, n)) and not n.startswith('__') and n not in ('exit', 'settrace', 'setprofile', 'breakpointhook', 'displayhook', 'excepthook', 'unraisablehook', 'setrecursionlimit', 'set_asyncgen_hooks', 'setdlopenflags', 'setswitchinterval', 'set_coroutine_origin_tracking_depth', 'intern', 'call_tracing', '_clear_type_cache', 'audit', 'addaudithook', 'activate_stack_trampoline', '_debugmallocstats', 'deactivate_stack_trampoline', '_enablelegacywindowsfsencoding', 'set_int_max_str_digits', 'exception', 'exc_info', '_getframe'))
skip_result = {'getrefcount', 'getallocatedblocks', 'getsizeof', '_getframe', '_current_frames', '_current_exceptions', 'gettrace', 'getprofile', 'get_asyncgen_hooks', 'getswitchinterval', 'getrecursionlimit', 'get_coroutine_origin_tracking_depth', 'getdlopenflags', 'is_finalizing', 'getfilesystemencoding', 'getfilesystemencodeerrors', 'getdefaultencoding', 'get_int_max_str_digits', 'getunicodeinternedsize', 'is_stack_trampoline_active', 'getandroidapilevel', '_git', '_xoptions', 'unraisablehook'}
for n in names:
    f = getattr(sys, n)
    for args, kw in [((), {}), ((1,), {}), (('a', 'b'), {}), ((), {'x': 1}), ((1, 2, 3), {})]:
        try:
            r = f(*args, **kw)
            print(n, args, kw, "ok" if n in skip_result else repr(r)[:60])
        except Exception as e:
            print(n, args, kw, type(e).__name__, str(e)[:100])
import sys
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
old = sys.getdlopenflags()
for v in [old + 1, 2**31, 2**31 - 1, -2**31, 2**40, 1.5, "x", True]:
    t(("setdl", v), lambda: sys.setdlopenflags(v))
    t("getdl", lambda: sys.getdlopenflags())
sys.setdlopenflags(old)
for v in [1e-7, 1e-6, 0.0000015, 0.05, 3]:
    t(("setswitch", v), lambda: sys.setswitchinterval(v))
    t("getswitch", lambda: sys.getswitchinterval())
