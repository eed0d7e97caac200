# Found by tools/fuzz-oracle/exec_eval_compile.py: which constructs ast.parse(feature_version=...)
# refuses in 3.10.2 (positional-only parameters, assignment expressions and parenthesized context
# managers are not checked there; later 3.10 releases check them).
import ast

for src in ["(y := 1)", "def f(a, /): pass", "lambda a, /: 0", "def f(a=1, /, b=2): pass", "def f():\n    return *a, b", "f'{x=}'", "@a.b[0]\ndef f(): pass",
            "with (a as b, c as d): pass", "async def f():\n    [x async for x in y]", "x: int = 1", "a @= b", "a @ b", "match x:\n case 1: pass", "1_000",
            "async def f(): await x", "async def f():\n    async for a in b: pass", "async def f():\n    async with a: pass", "x.y: int"]:
    for fv in [(3, 4), (3, 7), (3, 9)]:
        try:
            ast.parse(src, feature_version=fv)
            print(fv, repr(src), "ok")
        except SyntaxError as e:
            print(fv, repr(src), e.msg, e.lineno, e.offset)
