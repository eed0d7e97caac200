# isinstance/issubclass with tuples, nested tuples, unions (3.10 X | Y), abstract classes and bad arguments.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance("s", ()))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), isinstance([], list | dict), int | str)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object), isinstance(len, object))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), issubclass(str, abc.Iterable), isinstance(iter([]), abc.Iterator), isinstance(1, abc.Hashable))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: isinstance(1, 1)), err(lambda: isinstance(1, (int, 1))), err(lambda: issubclass(1, int)), err(lambda: issubclass(int, 1)))
print(err(lambda: isinstance(1, list[int])), err(lambda: issubclass(list, list[int])), err(lambda: isinstance()))
print(type(int | str).__name__, (int | str).__args__, (int | None) == (None | int), repr(int | list[int]))
class Meta(type):
    def __instancecheck__(self, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance("magic", (int, Magic)))
