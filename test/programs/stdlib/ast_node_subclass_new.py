# Subclasses of ast node classes pass their arguments to AST.__new__ (PyType_GenericNew takes any):
# class N(ast.Num) built as N(42) through ast.Num.__new__ -> Constant.__new__(cls, 42).
import ast
class N(ast.Num): pass
n = N(42)
print(n.n, n.value, type(n).__name__, isinstance(n, ast.Num), isinstance(n, ast.Constant))
class S(ast.Str): pass
print(S("x").s, ast.Num(1).n, ast.Constant(5, kind=None).value)
c = ast.Constant.__new__(ast.Constant, 1, 2, k=3)
print(type(c).__name__, hasattr(c, "value"), ast.AST.__new__(ast.Name).__class__.__name__)
try:
    ast.AST.__new__(int)
except TypeError as e:
    print("TypeError:", e)
print(ast.dump(ast.BinOp(ast.Num(1), ast.Add(), ast.Num(2))))
