# The docstrings of generator, coroutine and async generator methods and attributes, and of a few
# other builtin types the types module names (frame, mappingproxy, module).
import types

for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    for name in ("send", "throw", "close", "asend", "athrow", "aclose", "__anext__", "__aiter__", "__await__", "__next__", "__iter__"):
        m = t.__dict__.get(name)
        if m is not None:
            print(f"{t.__name__}.{name}: {m.__doc__!r}")
    for name in ("__name__", "__qualname__"):
        print(f"{t.__name__}.{name}: {t.__dict__[name].__doc__!r}")
print(types.MappingProxyType.get.__doc__)
print(types.MappingProxyType.keys.__doc__)
print(types.FrameType.clear.__doc__)
print(types.ModuleType.__dir__.__doc__)
