# compile(): modes exec/eval/single, flags (PyCF_ONLY_AST, dont_inherit), optimize levels, filenames and errors.
import ast
c1 = compile("x = 1\nprint(x)", "<exec>", "exec")
c2 = compile("1 + 2", "<eval>", "eval")
c3 = compile("print('single')", "<single>", "single")
for c in (c1, c2, c3):
    print(c.co_name, c.co_filename, c.co_consts, c.co_names)
exec(c1)
print(eval(c2))
exec(c3)
exec(compile("40 + 2", "<single>", "single"))
tree = compile("a + b * c", "<ast>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))
t2 = ast.parse("y = 2")
print(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant(5))), "<built>", "eval")), type(compile(t2, "<tree>", "exec")).__name__)
ns = {}
exec(compile(t2, "<tree>", "exec"), ns)
print(ns["y"])
asserting = "assert False, 'asserted'\n"
for opt in (-1, 0, 1, 2):
    code = compile(asserting + "def f():\n    'doc'\n", "<opt>", "exec", optimize=opt)
    g = {}
    try:
        exec(code, g)
        print(opt, "no assert", g["f"].__doc__)
    except AssertionError as e:
        print(opt, "AssertionError", e)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: compile("x", "<f>", "bogus")))
print(err(lambda: compile("x = 1", "<f>", "eval")))
print(err(lambda: compile("a\nb", "<f>", "single")))
print(err(lambda: compile(5, "<f>", "exec")))
print(err(lambda: compile("x", 5, "exec")))
print(err(lambda: compile("x", "<f>", "exec", 0xFFFFFF)))
print(err(lambda: compile("x", "<f>", "exec", optimize=5)))
print(err(lambda: compile("\0", "<f>", "exec")))
print(compile("from __future__ import annotations\ndef f(a: int): pass", "<fut>", "exec").co_flags & 0x1000000 != 0)
print(compile(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "<enc>", "exec").co_consts)
print(compile(b"\xef\xbb\xbfx = 1", "<bom>", "exec").co_names, err(lambda: compile("\ufeffx = 1", "<bom>", "exec")))
