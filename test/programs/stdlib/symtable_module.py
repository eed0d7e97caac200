# symtable and _symtable: entries, symbol flags, scopes of functions, classes, comprehensions and lambdas, and errors.
import _symtable, symtable
t=_symtable.symtable("def f(a):\n    return a+b\nclass C: pass\n","<s>","exec")
print(type(t), [a for a in dir(t) if not a.startswith("__")])
print(t.name, t.type, t.lineno, t.nested, t.symbols, t.varnames, len(t.children))
c=t.children[0]; print(c.symbols, c.varnames, c.type, c.nested, c.lineno, c.name)
print({k:getattr(_symtable,k) for k in dir(_symtable) if k.isupper()})
try: _symtable.symtable("x","<s>","bad")
except Exception as e: print(type(e).__name__, e)
try: _symtable.symtable("x=","<s>","exec")
except Exception as e: print(type(e).__name__, e)
print(_symtable.symtable.__text_signature__, _symtable.symtable.__doc__, type(t).__module__, type(t).__qualname__)
src = """
import os
x = 1
def outer(p, *a, k=1, **kw):
    global x
    y = p
    def inner():
        nonlocal y
        y += 1
        return [z for z in a]
    return inner
class K(object):
    attr: int = 3
    def m(self): return __class__
lam = lambda q: q
"""
st = symtable.symtable(src, "<src>", "exec")
def walk(t, d=0):
    print("  " * d, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children(), sorted(t.get_identifiers()))
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        print("  " * d, " ", s.get_name(), s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_nonlocal(), s.is_declared_global(), s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace())
    if t.get_type() == "function":
        print("  " * d, t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if t.get_type() == "class":
        print("  " * d, t.get_methods())
    for c in t.get_children():
        walk(c, d + 1)
walk(st)
