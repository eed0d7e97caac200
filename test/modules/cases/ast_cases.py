# _ast and compile(): one line per case, compared with CPython 3.10.2 (test/modules/ast.test.ts).
import ast, _ast
def show(f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(r)
L = dict(lineno=1, col_offset=0)
# the module: every class, its bases, _fields, _attributes, __match_args__, docstring and defaults
for name in [n for n in _ast.__dict__ if not n.startswith("__")]:
    c = getattr(_ast, name)
    if isinstance(c, type):
        own = {k: v for k, v in c.__dict__.items() if k in ("_fields", "_attributes", "__match_args__") or v is None}
        print(name, c.__bases__[0].__name__, c.__module__, own, repr(c.__doc__))
    else:
        print(name, c)
# constructors (ast_type_init)
show(lambda: sorted(ast.Name("x", ast.Load(), lineno=3).__dict__.items(), key=lambda kv: kv[0])[1:])
show(lambda: ast.BinOp(1, 2, 3, 4))
show(lambda: ast.Constant(1, kind="u", value=2))
show(lambda: ast.arguments().__dict__)
show(lambda: ast.AST(1))
show(lambda: ast.AST(a=1).__dict__)
show(lambda: type(ast.Load()).__name__)
show(lambda: ast.Load().__reduce__()[0].__name__)
class Sub(ast.AST):
    _fields = ("a", "b")
show(lambda: Sub(1, b=2).__dict__)
show(lambda: Sub(1, a=2))
# ast2obj: every node kind, positions included
srcs = [
    "async def f(a: int = 1, *b, c, **d) -> None:\n    'doc'\n    global g\n    nonlocal n\n    return await x",
    "for i, (j, *k) in enumerate(y):\n    continue\nelse:\n    break",
    "while not x: del a.b, c[d:e:f]",
    "with a as (b, c), d: x @= y ** -z",
    "assert x, f'{y=!r:{w}.{p}}'",
    "x: 'int'\ny = {1: 2, **z} | {*s}",
    "match p:\n    case {'a': 1, **r}: pass\n    case C(1, b=[2, *_]): pass\n    case (True | None | -1 | 1+2j): pass\n    case x if x: pass",
    "try:\n    raise\nexcept:\n    pass",
    "print(*(a for a in b if c), k=lambda: (yield))",
]
for s in srcs:
    print(ast.dump(ast.parse(s), include_attributes=True))
show(lambda: ast.dump(ast.parse("x = 1 # type: ignore[z]\n", type_comments=True), include_attributes=True))
show(lambda: ast.dump(ast.parse("def f(a, # type: int\n      ):\n    # type: (...) -> None\n    pass", type_comments=True)))
show(lambda: ast.dump(compile("(a, b) -> c", "<f>", "func_type", ast.PyCF_ONLY_AST)))
show(lambda: ast.dump(compile("x = 1\ny", "<s>", "single", ast.PyCF_ONLY_AST)))
show(lambda: ast.dump(ast.parse("f'{x}' 'y' b'z' u'w'")))
# obj2ast and the validator
bad = [
    ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [ast.Constant(1, **L)]), [ast.Pass(**L)], [], None, **L)], []),
    ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("a", **L)], [], None, []), [ast.Pass(**L)], [], None, **L)], []),
    ast.Module([ast.Assign([], ast.Constant(1, **L), **L)], []),
    ast.Module([ast.Delete([ast.Name("x", ast.Load(), **L)], **L)], []),
    ast.Module([ast.AnnAssign(ast.Attribute(ast.Name("a", ast.Load(), **L), "b", ast.Store(), **L), ast.Name("int", ast.Load(), **L), None, 1, **L)], []),
    ast.Module([ast.Raise(None, ast.Name("x", ast.Load(), **L), **L)], []),
    ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []),
    ast.Module([ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L)], []),
    ast.Module([ast.With([], [ast.Pass(**L)], **L)], []),
    ast.Module([ast.Import([], **L)], []),
    ast.Module([ast.Global([], **L)], []),
    ast.Expression(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L)),
    ast.Expression(ast.Dict([None], [], **L)),
    ast.Expression(ast.ListComp(ast.Constant(1, **L), [], **L)),
    ast.Expression(ast.Constant((1, [2]), **L)),
    ast.Expression(ast.Constant(frozenset({1}), **L)),
    ast.Expression(ast.Constant(object(), **L)),
    ast.Expression(ast.Starred(ast.Name("x", ast.Load(), **L), ast.Load(), **L)),
    ast.Expression(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Name("x", ast.Store(), **L), **L)),
    ast.Expression(ast.Name("x", ast.Load())),
    ast.Expression(ast.Name(["x"], ast.Load(), **L)),
    ast.Expression(ast.Constant(1, lineno="1", col_offset=0)),
    ast.Expression(ast.Constant(1, lineno=2 ** 40, col_offset=0)),
    ast.Expression(ast.Call(ast.Name("f", ast.Load(), **L), (), [], **L)),
    ast.Expression(ast.Attribute(ast.Name("f", ast.Load(), **L), None, ast.Load(), **L)),
    ast.Expression(ast.Subscript(ast.Name("f", ast.Load(), **L), ast.Slice(**L), ast.Load(), **L)),
    ast.Interactive([ast.Expr(ast.Constant(5, **L), **L)]),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchSingleton(1, **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchAs(ast.MatchStar(None, **L), "y", **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchAs(None, "_", **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchValue(ast.Name("y", ast.Load(), **L), **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchOr([ast.MatchAs(**L)], **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(ast.Name("x", ast.Load(), **L), [ast.match_case(ast.MatchClass(ast.Call(ast.Name("C", ast.Load(), **L), [], [], **L), [], [], [], **L), None, [ast.Pass(**L)])], **L)], []),
    5,
]
for tree in bad:
    mode = {"Module": "exec", "Expression": "eval", "Interactive": "single"}.get(type(tree).__name__, "exec")
    show(lambda: type(compile(tree, "<bad>", mode)).__name__)
show(lambda: type(compile(ast.parse("x"), "<t>", "eval")).__name__)
show(lambda: compile(ast.parse("x", mode="eval"), "<t>", "exec"))
show(lambda: compile("x", "<t>", "exec", 1 << 20 | 0x4000000))
show(lambda: compile("x", "<t>", "exec", dont_inherit="a"))
show(lambda: compile("x", "<t>", 1))
show(lambda: compile("x", b"<bytes>", "exec").co_filename)
show(lambda: compile(memoryview(b"y = 2"), "<mv>", "exec").co_names)
show(lambda: compile("await x", "<t>", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT).co_flags)
show(lambda: compile("x", "<t>", "exec", _feature_version=5).co_names)
show(lambda: compile("x", "<t>", "exec", 0, False, -1, 8, 9))
show(lambda: eval(" \t 1 + 1"))
show(lambda: eval(b"  2 * 3"))
show(lambda: eval("x", {}, 5))
show(lambda: eval("x", [], {}))
show(lambda: exec("x = 1", None, 5))
show(lambda: exec(5))
show(lambda: eval((lambda: y).__code__))
ns = {}
exec("def f():\n    return z\nz = 7", ns)
show(lambda: (ns["f"](), sorted(ns)))
class M(dict):
    def __missing__(self, k):
        return k.upper()
show(lambda: eval("abc + d", {}, M()))
# codeop's incomplete-input detection on top of compile(); 0x4000 is not a 3.10.2 flag
import codeop
show(lambda: compile("x", "<t>", "exec", 0x4000))
for src in ["if x:\n", "if x:\n  pass\n", "1 +", "def f(", "x = (", "'''", "a b", "x = 1"]:
    show(lambda: type(codeop.compile_command(src)).__name__)
