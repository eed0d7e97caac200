# issubclass(cls, X | Y) asks each member as issubclass does: a metaclass's __subclasscheck__
# (ABCMeta's registry and subclass hooks, or one that raises) is honoured, in order.
import collections.abc


class BadMeta(type):
    def __subclasscheck__(cls, sub):
        1 / 0

    def __instancecheck__(cls, x):
        1 / 0


x = int | BadMeta('A', (), {})
print(issubclass(int, x), isinstance(1, x))
for f in (lambda: issubclass(list, x), lambda: isinstance([], x)):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

y = int | collections.abc.Mapping
print(isinstance({}, y), issubclass(dict, y), isinstance((), y), issubclass(list, y))


class Registered:
    pass


collections.abc.Sequence.register(Registered)
z = str | collections.abc.Sequence
print(issubclass(Registered, z), issubclass(tuple, z), issubclass(set, z), issubclass(bool, int | None))


class Loud(type):
    def __subclasscheck__(cls, sub):
        print('  checked', cls.__name__, sub.__name__)
        return sub is bytes


w = Loud('L1', (), {}) | Loud('L2', (), {})
print(issubclass(bytes, w))
print(issubclass(float, w))
try:
    issubclass(1, y)
except TypeError as e:
    print(type(e).__name__, e)
