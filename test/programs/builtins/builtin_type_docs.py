# The docstrings of code, cell, method, function, module and SimpleNamespace (type_get_doc: a
# builtin type whose instances have a __doc__ descriptor still answers its own tp_doc), and sys.__doc__.
import sys, types
for t in (types.CodeType, types.CellType, types.MethodType, types.FunctionType, types.ModuleType, types.SimpleNamespace):
    print(t.__name__, repr(t.__doc__), type(vars(t).get("__doc__")).__name__)
def f():
    "f's doc"
class C:
    def m(self):
        "m's doc"
print(f.__doc__, C().m.__doc__, (lambda: 0).__doc__)
print(sys.__doc__ == sys.__dict__["__doc__"], list(sys.__dict__)[:3], len(sys.__doc__.splitlines()))
print(sys.__doc__)
print(types.ModuleType("m").__doc__, types.ModuleType("m", "d").__doc__)
