# A function whose code is module-level code (no CO_OPTIMIZED): its frame's locals are its globals,
# so names it stores become globals (3.10 passes the globals as locals whatever CO_NEWLOCALS says).
import ast
class Ready:
    def __await__(self):
        yield "step"
        return 1
from types import FunctionType, CodeType
co = compile("x = 1\ny = x + 1\nprint(sorted(k for k in locals() if not k.startswith('__')), locals() is globals())", "<m>", "exec")
g = {}
FunctionType(co, g)()
print(sorted(k for k in g if k != '__builtins__'))
co2 = compile("a = await Ready()", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
g2 = {'Ready': Ready, 'a': 0}
c = FunctionType(co2, g2)()
print(c.send(None))
try: c.send(None)
except StopIteration as e: print("done", e.value, g2['a'])
co3 = compile("import math\nfrom math import pi\ndel x", "<m>", "exec")
g3 = {'x': 5}
FunctionType(co3, g3)()
print(sorted(k for k in g3 if k != '__builtins__'))
co4 = co.replace(co_flags=co.co_flags | 0x2)  # CO_NEWLOCALS only
g4 = {}
FunctionType(co4, g4)()
print(sorted(k for k in g4 if k != '__builtins__'))
try:
    FunctionType(co, {})(1)
except TypeError as e: print(e)
