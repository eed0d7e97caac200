# Importing array registers array.array with collections.abc.MutableSequence.
import array
import collections.abc as abc
import sys

print("collections.abc" in sys.modules)
a = array.array("i", [3, 1, 2])
for name in ("MutableSequence", "Sequence", "Reversible", "Collection", "Sized", "Iterable", "Container", "Hashable", "Set", "Mapping"):
    print(name, isinstance(a, getattr(abc, name)), issubclass(array.array, getattr(abc, name)))
print(array.array in abc.MutableSequence._abc_registry if hasattr(abc.MutableSequence, "_abc_registry") else "registry hidden")


class Sub(array.array):
    pass


print(isinstance(Sub("b"), abc.MutableSequence))
