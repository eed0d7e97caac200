# compile() of mutated _ast trees (fields set to values of the wrong kind): always a Python exception
# (TypeError, ValueError, SyntaxError...), never an internal error. test/modules/ast.test.ts runs it.
import ast, random
random.seed(7)
srcs = ["def f(a, *b, c=1, **d):\n    return [x async for x in y]\n", "class C(B):\n    x: int = 1\n", "for i in j:\n    if a: break\nelse: pass\n",
        "with a as b: del c[d]\n", "match m:\n    case [1, *r] | {'k': v}: pass\n    case C(a=1): pass\n", "try: pass\nexcept E as e: raise\nfinally: pass\n",
        "x = lambda q: (yield q)\n", "f'{a!r:{b}}'\n", "import a.b as c\nfrom . import d\nglobal g\n", "a[1:2, ...] += -b ** c\n"]
values = [None, 1, -1, "x", "None", b"y", 2.5, [], [None], (1,), ast.Load(), ast.Store(), ast.Add(), ast.Pass(lineno=1, col_offset=0), ast.Name("z", ast.Load(), lineno=1, col_offset=0), ast.Constant(1, lineno=1, col_offset=0), ast.arguments(), ast.comprehension(), object(), True, 2**70]
bad = 0
for n in range(400):
    tree = ast.parse(random.choice(srcs))
    nodes = list(ast.walk(tree))
    for _ in range(random.randint(1, 3)):
        node = random.choice(nodes)
        fields = list(node._fields) + list(getattr(node, "_attributes", ()))
        if not fields: continue
        setattr(node, random.choice(fields), random.choice(values))
    try:
        compile(tree, "<fuzz>", "exec")
    except (TypeError, ValueError, SyntaxError, OverflowError, RecursionError) as e:
        pass
    except SystemError as e:
        bad += 1
        if bad < 8: print("SystemError", e, ast.dump(tree)[:200])
    except Exception as e:
        bad += 1
        if bad < 8: print(type(e).__name__, e)
print("bad", bad)
