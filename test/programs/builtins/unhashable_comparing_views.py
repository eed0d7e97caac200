# Builtin types that compare but define no hash are unhashable (their __dict__ holds
# __hash__ = None): dict_keys, dict_items, mappingproxy and weakref proxies; dict_values (which
# does not compare) stays hashable by identity.
import types
import weakref

d = {"a": 1}


class Obj:
    pass


o = Obj()
for v in [d.keys(), d.items(), d.values(), types.MappingProxyType(d), weakref.proxy(o)]:
    name = type(v).__name__
    try:
        h = hash(v)
        print(name, "hashable", h == hash(v))
    except TypeError as e:
        print(name, "TypeError", e)
    print(name, "__hash__" in type(v).__dict__, type(v).__hash__ is None)

try:
    {d.keys(): 1}
except TypeError as e:
    print("dict key:", e)
try:
    {d.items()}
except TypeError as e:
    print("set item:", e)
print(d.keys() == {"a"}, d.items() == {("a", 1)}, types.MappingProxyType(d) == d)
