# ast: parse, dump (with attributes and indent), unparse round trips, literal_eval, NodeTransformer, compile of a built tree.
import ast
sources = [
    "x = a + b * c",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    return f'{a!r:>{b}} {c}'",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 0\n    @property\n    def p(self): return self.x",
    "match cmd:\n    case [x, *rest] if x > 0:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case str() as s:\n        pass",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3]",
    "lambda x, *, y=1: (x, y)",
    "print(*a, **k); [i for i in range(3) if i]; {k: v for k, v in d}; {*s}; (y := 5)",
    "from .. import a as b\nimport c.d\nglobal q\nwith open(p) as (f, g): pass",
    "a = -1 ** 2 if not x else ~y; b = a is not None and a in b or c < d <= e",
]
for src in sources:
    tree = ast.parse(src)
    print(ast.dump(tree))
    text = ast.unparse(tree)
    print(text)
    print(ast.dump(ast.parse(text)) == ast.dump(tree))
t = ast.parse("x = 1\nif x:\n    y = [x, 2.5, 'é', b'\\x00', None, ...]\n")
print(ast.dump(t, include_attributes=True, indent=2))
print(ast.literal_eval("{'a': (1, -2.5, 3j, b'x', None, True), 'b': {1, 2}, 'c': [1 + 2j]}"))
for bad in ["f(x)", "a + b", "{1: [x]}"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.copy_location(ast.Constant(node.value * 2), node) if isinstance(node.value, int) else node
tree = Doubler().visit(ast.parse("print(1 + 20, 'x')"))
exec(compile(ast.fix_missing_locations(tree), "<doubled>", "exec"))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Name("n", ast.Load())))
print(eval(compile(ast.fix_missing_locations(e), "<expr>", "eval"), {"n": 7}))
print([type(n).__name__ for n in ast.walk(ast.parse("a.b(c)[d]"))])
print(ast.get_docstring(ast.parse("'''Module doc.'''\nx = 1")), ast.Name._fields, ast.arguments._fields, ast.Load() is not ast.Load())
print(ast.parse("a").body[0].value.ctx is ast.parse("b").body[0].value.ctx, ast.expr._attributes, ast.Constant.kind, ast.Return().value)
print(ast.Name.__doc__, ast.cmpop.__doc__, ast.mod.__doc__, sep="\n")
print(ast.Name("x", ast.Load()).__reduce__()[1] == (), sorted(ast.Name("x", ast.Load()).__reduce__()[2]), ast.Pass().__dict__, ast.Name.__match_args__)
def err(f):
    try:
        f()
    except (TypeError, ValueError, SyntaxError) as e:
        return f"{type(e).__name__}: {e}"
L = dict(lineno=1, col_offset=0)
print(err(lambda: ast.Name(1, 2, 3)), err(lambda: ast.Name("x", id="y")), err(lambda: ast.Pass(1)))
print(err(lambda: compile(ast.Module([ast.Pass(**L)]), "<t>", "exec")))
print(err(lambda: compile(ast.Expression(ast.Name("None", ast.Load(), **L)), "<t>", "eval")))
print(err(lambda: compile(ast.Expression(ast.Name("x", ast.Store(), **L)), "<t>", "eval")))
print(err(lambda: compile(ast.Expression(ast.Constant([1], **L)), "<t>", "eval")))
print(err(lambda: compile(ast.Module([ast.Pass(**L)], []), "<t>", "eval")))
print(err(lambda: compile(ast.Module([ast.Expr(None, **L)], []), "<t>", "exec")))
print(err(lambda: compile(ast.Module([None], []), "<t>", "exec")))
print(err(lambda: compile(ast.Module((), []), "<t>", "exec")))
print(err(lambda: compile(ast.Module([ast.If(ast.Constant(1, **L), [], [], **L)], []), "<t>", "exec")))
print(err(lambda: compile(ast.Module([ast.Expr(ast.Load(), **L)], []), "<t>", "exec")))
print(err(lambda: compile(ast.Module([ast.Expr(ast.Constant(1, kind=1, **L), **L)], []), "<t>", "exec")))
print(err(lambda: compile(ast.Module([ast.ImportFrom("m", [ast.alias("a", **L)], -1, **L)], []), "<t>", "exec")))
print(err(lambda: compile(ast.Expression(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L)), "<t>", "eval")))
print(err(lambda: compile("x", "<t>", "func_type")), type(compile("(int) -> str", "<t>", "func_type", ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)), ast.dump(ast.parse("await x", mode="eval")))
print(err(lambda: ast.parse("match x:\n    case 1: pass", feature_version=(3, 9))))
print(compile(ast.parse("x"), "<t>", "exec", ast.PyCF_ONLY_AST) is not None, ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
