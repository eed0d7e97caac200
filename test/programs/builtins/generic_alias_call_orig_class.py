# Calling types.GenericAlias (list[int](), a user class's alias, collections.abc.Callable[...])
# calls the origin and sets __orig_class__ on the result where it can (AttributeError and
# TypeError from setting it are ignored); a union's __module__ is its type's.
import collections.abc
import types
from typing import Generic, Tuple, TypeVar

T = TypeVar('T')


class L(list):
    pass


x = types.GenericAlias(L, (int,))([1, 2])
print(x, x.__orig_class__, x.__dict__)
print(list[int]('ab'), dict[str, int](a=1))


class MyTup(Tuple[T, T]):
    pass


r = MyTup[int]()
print(type(r).__name__, r.__dict__)


class C1(collections.abc.Callable):
    def __call__(self):
        return None


a = C1[[int], T]
print(a().__orig_class__ == a, a().__class__ is C1)


class Slots:
    __slots__ = ()


print(type(types.GenericAlias(Slots, (int,))()).__name__)


class NoSet:
    def __setattr__(self, k, v):
        raise TypeError('no')


print(type(types.GenericAlias(NoSet, (int,))()).__name__)


class BadSet:
    def __setattr__(self, k, v):
        raise ValueError('bad ' + k)


for origin in (BadSet, 5):
    try:
        types.GenericAlias(origin, (int,))()
    except Exception as e:
        print(type(e).__name__, e)


class G(Generic[T]):
    pass


print(G[int]().__orig_class__)

u = int | str
print(u.__module__, type(u).__module__, u.__args__, u.__class__.__name__)
try:
    u.foo
except AttributeError as e:
    print(type(e).__name__, e)
print('__getattribute__' in type(u).__dict__)
