# The _ast base class and its descriptors: dir() of node classes (__weakref__ on sum/product classes), AST's names, copy/deepcopy of nodes.
import ast
print(dir(ast.Name))
print(dir(ast.expr))
print(dir(ast.AST))
print(dir(ast.arguments))
print(ast.Name("x").__reduce_ex__(2)[0], ast.AST.__name__, ast.AST.__qualname__, ast.AST.__module__, ast.Name.__qualname__)
print(type(ast.AST.__dict__["__dict__"]), ast.AST.__init__, ast.AST.__reduce__)
import copy, pickle
n = ast.parse("x + 1").body[0]
print(ast.dump(copy.deepcopy(n)), ast.dump(copy.copy(n)))
