import random, sys
# compile/exec/eval and ast: compile() of random snippets in exec/eval/single modes with flags
# (ast.PyCF_ONLY_AST, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_TYPE_COMMENTS, dont_inherit, optimize
# levels, bad flags and modes), the code objects' fields; eval/exec with odd globals and locals
# (mappings, missing __builtins__, non-dict globals, closures); ast.parse/dump/unparse/literal_eval
# round trips of random expressions; SyntaxError messages and positions of random broken snippets.
# One line per call: the result's ascii() or the exception's type and message (a SyntaxError's
# msg, lineno, offset, text as well).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 504)


def r(a, b):
    return random.randint(a, b)


ATOMS = ["x", "y", "1", "2.5", "'s'", "b'b'", "None", "True", "...", "[]", "()", "{}", "-3", "1j", "0x1f", "1_000", "f'{x}'", "'a' 'b'"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "and", "or", "<", "==", "is not", "not in", "in", "if 1 else"]


def expr(d=0):
    if d > 2 or random.random() < 0.3:
        return random.choice(ATOMS)
    k = r(0, 11)
    if k < 4:
        return f"{expr(d + 1)} {random.choice(BINOPS)} {expr(d + 1)}"
    if k == 4:
        return f"({expr(d + 1)})"
    if k == 5:
        return f"[{', '.join(expr(d + 1) for _ in range(r(0, 3)))}]"
    if k == 6:
        return f"{random.choice(['-', 'not ', '~', '+'])}{expr(d + 1)}"
    if k == 7:
        return f"lambda {random.choice(['', 'a', 'a, *b', 'a=1, /, b=2', '*, k'])}: {expr(d + 1)}"
    if k == 8:
        return f"{random.choice(['f', 'len', 'print', 'x.y', 'x[0]'])}({', '.join(expr(d + 1) for _ in range(r(0, 2)))})"
    if k == 9:
        return f"[{expr(d + 1)} for x in {expr(d + 1)}{random.choice(['', ' if x'])}]"
    if k == 10:
        return f"{{{expr(d + 1)}: {expr(d + 1)}}}"
    return f"(yield {expr(d + 1)})" if random.random() < 0.2 else f"(y := {expr(d + 1)})"


STMTS = ["x = 1", "del x", "pass", "global x", "nonlocal x", "return 1", "yield 1", "await x", "break", "continue", "import os", "from string import *",
         "from . import x", "raise", "assert x, 'm'", "x: int = 1", "x += 1", "if x: pass", "for a in []: pass", "while 0: pass", "with x: pass",
         "try: pass\nexcept: pass", "class C: pass", "def f(): pass", "async def f(): await x", "async for a in x: pass", "lambda: (yield)",
         "print(x)", "x", "1 +", "def f(:", "(", "]", "'abc", "f(**x, *y)", "f(a=1, a=2)", "f(x for x in y, 1)", "a, *b, *c = d", "1 = x", "f() = 1",
         "x = yield = 1", "del f()", "del (a, [b])", "(a, b) += 1", "x = *a", "print(*a, **b)", "match x:\n case 1: pass", "__debug__ = 1", "def f(a, a): pass",
         "def f(x=1, y): pass", "f'{'", "f'{x!z}'", "f'{}'", "0777", "1__0", "0b2", "1e", "x = 1 if 2", "@d\nclass C: pass", "try:\n pass", "\tx = 1\n  y = 2",
         "if 1:\npass", "x = (1,\n2", "u'a' b'b'", "'\\N{NOPE}'", "b'\\u00e9'", "b'\u00e9'", "not x = 1", "[x for x in y] = 1", "x.y: int", "(x): int = 1",
         "async with x: pass", "return", "yield from x", "await", "x = [i async for i in y]", "def f():\n return\n yield", "class C:\n return 1",
         "def f():\n  global x\n  x = 1\n  global x", "def f(x):\n global x", "x = 1; global x", "nonlocal y", "def f():\n nonlocal q",
         "with (open(x) as a, open(y) as b): pass", "print 'x'", "exec 'x'", "a = 1 := 2", "f(x := 1)", "[y := 1 for y in z]", "def f[T](): pass",
         "x = 10000000000000000000000", "x = 1.5e400", "x = '\\xzz'", "import", "from x import (a, b,)", "from x import a,", "if x:\n  a\n b"]


def snippet():
    return random.choice([
        random.choice(STMTS), "\n".join(random.choice(STMTS) for _ in range(r(1, 3))), expr(), f"x = {expr()}", f"def f():\n    return {expr()}",
        f"async def f():\n    {random.choice(STMTS)}", f"def g():\n    {random.choice(STMTS)}", f"class K:\n    {random.choice(STMTS)}",
        f"for i in x:\n    {random.choice(STMTS)}",
    ])


MODES = ["'exec'", "'exec'", "'eval'", "'single'", "'func_type'", "'bad'", "1"]
FLAGS = ["0", "ast.PyCF_ONLY_AST", "ast.PyCF_ALLOW_TOP_LEVEL_AWAIT", "ast.PyCF_TYPE_COMMENTS", "0x100000", "__future__.annotations.compiler_flag",
         "__future__.barry_as_FLUFL.compiler_flag", "-1", "ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS"]


def compile_expr():
    src = snippet()
    mode = random.choice(MODES)
    extra = random.choice(["", f", {random.choice(FLAGS)}", f", {random.choice(FLAGS)}, {random.choice(['True', 'False', '1'])}",
                           f", optimize={r(-2, 3)}", f", dont_inherit=True, optimize={r(-1, 2)}", f", flags={random.choice(FLAGS)}, _feature_version={r(4, 10)}"])
    c = f"compile({src!r}, {random.choice(['<s>', 'f.py', ''])!r}, {mode}{extra})"
    return random.choice([c, c, f"co({c})", f"co({c})", f"ast.dump({c})" if "ONLY_AST" in extra else f"run({c})",
                          f"compile({random.choice(['b' + repr(src), 'bytearray(' + repr(src.encode()) + ')', repr(src + chr(0)), '1', 'None', 'ast.parse(' + repr(src) + ')', 'ast.Module([], [])', 'ast.Expression(ast.Name(' + repr('x') + ', ast.Load()))', 'ast.Expression(ast.Constant(1))'])}, 's', {random.choice(MODES)})"])


def eval_expr():
    e = expr()
    g = random.choice(["{}", "{'x': 1, 'y': [2]}", "{'__builtins__': {}}", "{'__builtins__': {'len': len}, 'x': 'ab'}", "None", "[]", "M()", "{'__builtins__': 1}",
                       "collections.OrderedDict(x=1)", "{'__builtins__': builtins.__dict__, 'x': 7}", "types.MappingProxyType({})"])
    l = random.choice(["", ", None", ", {'x': 5}", ", M()", ", []", ", 1", ", {'__builtins__': {}}"])
    return random.choice([
        f"eval({e!r}, {g}{l})", f"eval({e!r}, {g}{l})", f"exec({snippet()!r}, {g}{l})", f"ns({snippet()!r})",
        f"eval({random.choice(['compile(' + repr(e) + ', ' + repr('s') + ', ' + repr('exec') + ')', repr('  ' + e), repr(e + chr(10)), repr(e + '  # c'), repr(chr(9) + e), 'b' + repr('1 + 1'), '1', repr(''), repr('x = 1')])}, {{'x': 3}})",
        f"exec({random.choice(['(lambda: x).__code__', '(lambda a: a).__code__', 'compile(' + repr('return 1') + ', ' + repr('s') + ', ' + repr('exec') + ')', 'clo.__code__', '1'])}, {{'x': 3}})",
        f"exec({snippet()!r}, {{}}, {random.choice(['{}', 'M()'])}) or 'done'",
        f"(lambda d: (exec({random.choice(['x = 2', 'del x', 'global x; x = 9', 'def f(): return x', 'import os as x', 'class x: pass'])!r}, d), sorted(k for k in d if k != '__builtins__'))[1])({{'x': 1}})",
        f"eval('x', {{}}, {{'x': {r(0, 9)}}})", f"eval('(lambda: x)()', {{'x': 1}}, {{'x': 2}})", f"eval('[x for _ in (1,)]', {{'x': 1}}, {{'x': 2}})",
        f"type(eval('__builtins__', {{}})).__name__",
    ])


LITERALS = ["1", "-1", "+1", "1 + 2j", "1 - 2j", "2j + 1", "(1, [2, {3: 4}])", "{1, 2}", "set()", "{}", "'s' 'b'", "b'x'", "None", "True", "...", "-(1)",
            "1 + 2", "--1", "-'a'", "[1, f(x)]", "{'a': 1, **b}", "(1,) * 2", "x", "1e400", "-0.0", "0x10", "f'x'", "{[1]: 2}", "{{}}", "[*a]", "' \\t1'", "1 2"]


def ast_expr():
    e = expr()
    return random.choice([
        f"ast.unparse(ast.parse({e!r}))", f"ast.unparse(ast.parse({e!r}, mode='eval'))", f"ast.dump(ast.parse({e!r}, mode='eval'))",
        f"ast.dump(ast.parse({e!r}), include_attributes=True)[:400]", f"ast.unparse(ast.parse(ast.unparse(ast.parse({e!r})))) == ast.unparse(ast.parse({e!r}))",
        f"ast.literal_eval({random.choice(LITERALS)!r})", f"ast.literal_eval({random.choice(LITERALS)!r})", f"ast.literal_eval(ast.parse({random.choice(LITERALS)!r}, mode='eval'))",
        f"ast.unparse(ast.parse({snippet()!r}))", f"[type(n).__name__ for n in ast.walk(ast.parse({e!r}))][:20]",
        f"ast.get_source_segment({e!r}, ast.parse({e!r}).body[0].value)", f"ast.increment_lineno(ast.parse({e!r}), 3).body[0].lineno",
        f"ast.dump(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant({random.choice(['2', repr('a'), 'None'])})))))",
        f"eval(compile(ast.Expression(ast.BinOp(ast.Constant(1), ast.{random.choice(['Add', 'Sub', 'Pow', 'BitOr'])}(), ast.Constant({r(-3, 3)}))), 's', 'eval'))",
        f"compile(ast.Expression(ast.Name({random.choice([repr('x'), repr('None'), repr('1'), '1'])}, ast.Load())), 's', 'eval')",
        f"compile(ast.Module([ast.Expr(ast.Constant(1))], []), 's', 'exec')",
        f"compile(ast.fix_missing_locations(ast.Module([ast.Assign([ast.Name('x', ast.{random.choice(['Load', 'Store', 'Del'])}())], ast.Constant(1))], [])), 's', 'exec')",
        f"ast.parse({e!r}, type_comments=True, feature_version=({random.choice(['3, 4', '3, 7', '3, 10', '2, 7'])})).body[0].__class__.__name__",
    ])


def syntax_expr():
    src = snippet()
    return random.choice([f"se({src!r}, {random.choice(MODES[:4])})", f"se({src!r}, 'exec')", f"se({(src + chr(10) + random.choice(STMTS))!r}, 'exec')"])


GENS = [compile_expr, compile_expr, eval_expr, eval_expr, ast_expr, ast_expr, syntax_expr, syntax_expr, syntax_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 2500):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import ast, builtins, collections, types, __future__
class M(dict):
    def __missing__(self, k): return 'M' + k
def clo():
    v = 1
    def inner(): return v
    return inner
clo = clo()
def co(c):
    if not isinstance(c, types.CodeType): return c
    return (c.co_name, c.co_flags, c.co_consts[:6], c.co_names, c.co_varnames, c.co_stacksize, c.co_firstlineno, c.co_code.hex()[:80])
def run(c):
    if not isinstance(c, types.CodeType): return type(c).__name__
    d = {'x': [1], 'y': 2, 'f': len}
    try: r = eval(c, d)
    except BaseException as e: return (type(e).__name__, str(e))
    return (r, sorted(k for k in d if k not in ('__builtins__', 'x', 'y', 'f')))
def ns(src):
    d = {}
    exec(src, d)
    return sorted(k for k in d if k != '__builtins__')
def se(src, mode):
    try: compile(src, '<s>', mode); return 'ok'
    except SyntaxError as e: return (type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except SyntaxError as ex: print(e, "!!", type(ex).__name__, ascii(ex.msg), ex.lineno, ex.offset, ascii(ex.text))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
