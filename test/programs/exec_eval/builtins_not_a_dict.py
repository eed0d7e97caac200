# exit: 1
# __builtins__ in exec's globals that is not a dict: looked up with __getitem__ (dict subclasses included), a module stands for its dict, IMPORT_NAME needs a dict.
import types, sys
def t(src, g):
    try:
        exec(src, g)
        print("ok", sorted(k for k in g if k != '__builtins__'))
    except Exception as e:
        print(type(e).__name__, e)
t("x = len('ab')", {'__builtins__': 123})
t("x = 1", {'__builtins__': 123})
t("x = __import__", {'__builtins__': 123})
t("import os", {'__builtins__': 123})
t("class A: pass", {'__builtins__': 123})
t("x = len('ab')", {'__builtins__': {'len': lambda s: 42}})
class M:
    def __getitem__(self, k):
        print("getitem", k)
        if k == 'len': return lambda s: 7
        raise KeyError(k)
    def keys(self): return ['len']
t("x = len('ab'); print(x)", {'__builtins__': M()})
t("x = foo", {'__builtins__': M()})
import builtins
t("x = len('ab'); print(x)", {'__builtins__': builtins})
m = types.ModuleType('bm'); m.len = lambda s: 99
t("x = len('ab'); print(x)", {'__builtins__': m})
t("x = print", {'__builtins__': m})
t("def f(): return len('a')\nprint(f())", {'__builtins__': {'len': lambda s: 5, 'print': print}})
t("x = eval('len')", {'__builtins__': {'eval': eval, 'len': 3}})
print(eval("len", {'__builtins__': {'len': 3}}))
try: print(eval("len", {'__builtins__': 5}))
except Exception as e: print(type(e).__name__, e)
try: print(eval("1+1", {'__builtins__': 5}))
except Exception as e: print(type(e).__name__, e)
g = {'__builtins__': 123}
exec("def f(): return abs(-1)", g)
try: g['f']()
except Exception as e: print(type(e).__name__, e)
import collections
t("x = len('ab'); print(x)", {'__builtins__': collections.UserDict({'len': len, 'print': print})})
t("x = len('ab'); print(x)", {'__builtins__': None})
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        if k == 'len': return lambda s: 11
        raise KeyError(k)
    def __getitem__(self, k):
        print("D getitem", k)
        return super().__getitem__(k)
b = D(print=print, __import__=__import__, __build_class__=__build_class__)
t("print(len('a'))", {'__builtins__': b})
t("import os; print('imp')", {'__builtins__': b})
t("class A: pass\nprint(A)", {'__builtins__': b})
t("def f(): return len('a')\nprint(f())", {'__builtins__': b})
t("def f(): return len\nprint(f.__builtins__ is B)", {'__builtins__': b, 'B': b})
t("import sys\nprint(sys._getframe().f_builtins is B)", {'__builtins__': b, 'B': b})
g = {'__builtins__': 123, 'sys': sys}
t("f = sys._getframe().f_builtins", g); print(g.get('f'))
g = {'__builtins__': 123}
t("def f(): pass", g); print(g['f'].__builtins__)
import builtins
g = {'__builtins__': builtins}
t("def f(): pass", g); print(g['f'].__builtins__ is builtins.__dict__)
t("g = {}; exec('x=1', g); P(g['__builtins__'] is B)", {'__builtins__': {'exec': exec}, 'P': print, 'B': None})
bb = {'exec': exec}
t("g = {}; exec('x=1', g); P(g['__builtins__'] is B)", {'__builtins__': bb, 'P': print, 'B': bb})
bb = {'eval': eval}
t("g = {}; eval('1', g); P(g['__builtins__'] is B)", {'__builtins__': bb, 'P': print, 'B': bb})
class M:
    def __getitem__(self, k):
        if k == 'len': return lambda s: 7
        raise KeyError(k)
t("class A: pass", {'__builtins__': M()})
t("import os", {'__builtins__': M()})
t("x = 1; del x; x", {'__builtins__': M()})
t("global y; y", {'__builtins__': None})
def raiser():
    class R:
        def __getitem__(self, k): raise ValueError("boom " + k)
    return R()
t("len", {'__builtins__': raiser()})
t("def f(): return len\nf()", {'__builtins__': raiser()})
t("class A: pass", {'__builtins__': raiser()})
# a NameError's suggestion reads the builtins as a sequence (none when they are no sequence)
import traceback
for b in [collections.UserDict({'lenght': 1}), 123, {'lenght': 1}]:
    try:
        exec("lengh", {'__builtins__': b})
    except Exception:
        traceback.print_exc(limit=0, file=sys.stdout)
exec("print(lenght)", {'__builtins__': collections.UserDict({'lenght': 1, 'print': print}), '__name__': 'x'})
exec("lengt", {'__builtins__': collections.UserDict({'lenght': 1})})
