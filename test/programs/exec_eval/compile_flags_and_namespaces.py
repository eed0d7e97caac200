# compile/exec/eval: inherited future flags and dont_inherit, globals/locals mappings, modes, optimize levels, filenames (str, PathLike).
from __future__ import annotations
def show(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__ + ":", e)
show(lambda: compile("def f(a: int): pass", "<f>", "exec").co_flags & 0x1000000)
show(lambda: compile("def f(a: int): pass", "<f>", "exec", dont_inherit=True).co_flags & 0x1000000)
ns = {}
exec("def g(a: int) -> str: pass", ns)
show(lambda: ns["g"].__annotations__)
show(lambda: eval("x + y", {"x": 1}, {"y": 2}))
def scope():
    a = 5
    return eval("a * 2"), exec("b = a"), locals().get("b")
show(scope)
class Mapping:
    def __getitem__(self, k):
        if k == "q": return 42
        raise KeyError(k)
show(lambda: eval("q", {}, Mapping()))
show(lambda: exec("z = 1", {}, Mapping()))
show(lambda: eval("__builtins__ is not None", {}))
g = {}
exec("import math as m", g)
show(lambda: sorted(k for k in g if k != "__builtins__"))
show(lambda: type(g["__builtins__"]).__name__)
show(lambda: exec("raise ValueError('inner')"))
show(lambda: eval("1/0"))
show(lambda: exec(compile("x = 1\nprint(x)\n", "<c>", "single")))
show(lambda: eval(compile("yield", "<c>", "eval")))
show(lambda: compile("print(1)\nprint(2)", "<s>", "single"))
show(lambda: compile("if x:\n  pass\n", "<s>", "single").co_consts)
show(lambda: exec("for i in range(2): print(i)"))
show(lambda: exec(b"# -*- coding: latin-1 -*-\nprint('\xe9')"))
show(lambda: eval("\n\n 1"))
show(lambda: eval(" 1\n\n"))
show(lambda: eval("1;"))
show(lambda: compile("x", "<f>", "exec", flags=0x400 | 0x1000).__class__.__name__)
show(lambda: compile("def f():\n  return 1\n", "<f>", "exec", optimize=2).co_consts[0].co_consts)
show(lambda: compile("'''d'''\nassert 0", "<f>", "exec", optimize=2).co_consts)
show(lambda: compile("x=1", "<f>", "exec").co_filename)
import os
show(lambda: compile("x", os.path.join("a", "b.py"), "exec").co_filename)
class P:
    def __fspath__(self): return "p.py"
show(lambda: compile("x", P(), "exec").co_filename)
