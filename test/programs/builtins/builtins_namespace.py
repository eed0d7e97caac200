# The builtins module: every name in dir(builtins), grouped by kind, and the types of a few.
import builtins
names = dir(builtins)
print(len(names))
print(names)
kinds = {}
for n in names:
    v = getattr(builtins, n)
    if isinstance(v, type) and issubclass(v, BaseException):
        k = "exception"
    elif isinstance(v, type):
        k = "type"
    elif callable(v):
        k = "callable"
    else:
        k = "value"
    kinds.setdefault(k, []).append(n)
for k in sorted(kinds):
    print(k, len(kinds[k]), kinds[k][:40])
print(type(builtins.print).__name__, type(builtins.exit).__name__, type(builtins.help).__name__, builtins.__name__, type(builtins.__spec__).__name__)
print(builtins.__doc__.splitlines()[0])
