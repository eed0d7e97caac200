# namedtuple's field descriptors (_collections._tuplegetter) print their index and docstring
from collections import namedtuple
import _collections

P = namedtuple('P', 'x y')
print(repr(P.x), repr(P.y))
P.y.__doc__ = 'the y'
print(P.y)
print(repr(_collections._tuplegetter(5, None)), repr(_collections._tuplegetter(-1, [1, 'a'])))
