# types: SimpleNamespace, MappingProxyType, FunctionType/CodeType/MethodType, GeneratorType checks, new_class, DynamicClassAttribute.
import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]), repr(types.SimpleNamespace()))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], "k" in mp, len(mp), dict(mp), type(mp).__name__)
try:
    mp["x"] = 2
except TypeError as e:
    print("TypeError:", e)
def f():
    yield 1
async def co():
    pass
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(f.__code__, types.CodeType), isinstance(types, types.ModuleType), types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType)
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5), types.new_class("N", (C,)).__mro__[1].__name__)
print(types.resolve_bases((int,)), hasattr(types, "get_original_bases"))
print(type(int.__add__) is types.WrapperDescriptorType, type((1).__add__) is types.MethodWrapperType, type(str.join) is types.MethodDescriptorType)
print(type(list[int]) is types.GenericAlias, types.GenericAlias(list, (int,)), type(int | str) is types.UnionType)
