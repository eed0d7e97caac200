# object.__getattribute__(cls, name) is the generic lookup with the class as the instance: its own
# __dict__ (not its bases') comes before the metaclass's non-data attributes; the metaclass's data
# descriptors come first. pydoc reads a class's own docstring this way (help() on an Enum).
import enum
import pydoc


class M(type):
    "meta doc"
    x = 'meta x'

    @property
    def prop(cls):
        return 'meta prop'

    def meth(cls):
        return 'meta meth'


class C(metaclass=M):
    "c doc"
    x = 'c x'
    prop = 'c prop'

    def f(self):
        pass


class D(C):
    pass


for name in ('__doc__', 'x', 'prop', '__name__', 'f', '__class__'):
    print(name, object.__getattribute__(C, name) if name != 'f' else object.__getattribute__(C, name).__qualname__)
print(object.__getattribute__(D, 'x'), object.__getattribute__(D, '__doc__'))
print(object.__getattribute__(C, 'meth')())
for cls, name in ((D, 'f'), (C, 'nope'), (int, 'bit_length')):
    try:
        print(object.__getattribute__(cls, name))
    except AttributeError as e:
        print(type(e).__name__, e)
print(object.__getattribute__(int, '__doc__')[:10], object.__getattribute__(C, '__dict__')['x'])


class Color(enum.Enum):
    red = 1


print(repr(pydoc.getdoc(Color)), repr(pydoc._getowndoc(Color)))


class Documented(enum.Enum):
    """My colors."""
    blue = 2


print(repr(pydoc.getdoc(Documented)))
try:
    object.__getattribute__(pydoc, 'no_such_name')
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__getattribute__(pydoc, 'getdoc').__name__)
