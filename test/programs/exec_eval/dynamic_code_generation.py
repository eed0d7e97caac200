# Generating code at runtime: building functions from source strings, a tiny expression compiler, types.FunctionType.
import types
def make_adder(n):
    src = f"def add_{n}(x):\n    return x + {n}\n"
    ns = {}
    exec(src, ns)
    return ns[f"add_{n}"]
adders = [make_adder(n) for n in (1, 10, 100)]
print([a(5) for a in adders], [a.__name__ for a in adders])
def compile_expr(expr, names):
    code = compile(f"lambda {', '.join(names)}: {expr}", "<expr>", "eval")
    return eval(code)
poly = compile_expr("a * x ** 2 + b * x + c", ["a", "b", "c", "x"])
print([poly(1, -3, 2, x) for x in range(5)])
template = compile("result = value * 2", "<tpl>", "exec")
for v in [1, "ab", [0]]:
    ns = {"value": v}
    exec(template, ns)
    print(ns["result"])
code = compile("def g(a, b=2):\n    return a - b\n", "<g>", "exec")
fn_code = [c for c in code.co_consts if isinstance(c, types.CodeType)][0]
g = types.FunctionType(fn_code, {}, "g", (5,))
print(g(10), g(10, 1), fn_code.co_varnames, fn_code.co_argcount)
replaced = fn_code.replace(co_name="renamed")
print(types.FunctionType(replaced, {})(8, 3), replaced.co_name)
