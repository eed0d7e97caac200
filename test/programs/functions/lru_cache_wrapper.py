# Found by tools/fuzz-oracle/functions_introspection.py: functools.lru_cache wraps with the C
# _functools._lru_cache_wrapper, as CPython does (type, repr, errors, cache_info, methods, pickling).
import functools, copy, pickle, weakref, inspect
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    print("call", x, y)
    return x + y
print(type(f), repr(f)[:40], f.__name__, f.__qualname__, f.__wrapped__.__name__, f.__doc__)
print(f(1), f(1), f(2), f(3), f(1), f.cache_info())
print(f(1, y=2), f(1, 2), f(x=1, y=2), f.cache_info(), f.cache_parameters())
f.cache_clear(); print(f.cache_info())
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__(), pickle.loads(pickle.dumps(f)) is f)
print(weakref.ref(f)() is f, str(inspect.signature(f)))
class C:
    @functools.lru_cache()
    def m(self, a): return (self.__class__.__name__, a)
    @functools.lru_cache
    def n(self): return 5
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m.__get__(None, C) is C.m, type(c.m).__name__, c.n())
for args in [(len,), (None,), ("abc",), (1,), (len, "x"), (len, 2**70), (len, -5), (len, 1.5)]:
    try:
        w = functools._lru_cache_wrapper(*args, False, functools._CacheInfo) if len(args) == 2 else functools.lru_cache(args[0])
        print("ok", type(w).__name__, getattr(w, 'cache_info', lambda: None)())
    except Exception as e:
        print(type(e).__name__, e)
try: functools.lru_cache(None)("abc")
except Exception as e: print(type(e).__name__, e)
g = functools.lru_cache(typed=True)(lambda n: n)
print(g(1), g(1.0), g(True), g.cache_info())
h = functools.lru_cache(maxsize=None)(lambda *a, **k: (a, k))
print(h(1, a=2), h(1, a=2), h.cache_info())
try: h([1])
except TypeError as e: print(e, h.cache_info())
z = functools.lru_cache(0)(lambda n: n * 2)
print(z(1), z(1), z.cache_info())
try:
    class Sub(functools._lru_cache_wrapper): pass
except TypeError as e: print(e)
s = functools._lru_cache_wrapper(len, 3, False, functools._CacheInfo)
print(type(s).__name__, s("ab"), s.cache_info())
for v in [1, None]:
  try: s.__dict__ = v
  except Exception as e: print(e)
try: del s.__dict__
except Exception as e: print(e)
@functools.lru_cache(maxsize=3)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(functools._lru_cache_wrapper.__doc__[:40], functools._lru_cache_wrapper.__module__)
try: functools._lru_cache_wrapper(len)
except TypeError as e: print(e)
