# property.__init__ copies the getter's docstring; a property subclass keeps it in the instance
# __dict__ (its class's own __doc__ would shadow the member); __isabstractmethod__ is truthiness.
class PropertySub(property):
    """This is a subclass of property"""


class PropertySubSlots(property):
    """A subclass of property that defines __slots__"""
    __slots__ = ()


class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1

    @spam.setter
    def spam(self, value):
        """this docstring is ignored"""

    @PropertySub
    def eggs(self):
        return 2

    @PropertySub
    def ham(self):
        """a docstring"""
        return 1

    @ham.getter
    def ham(self):
        """a new docstring"""
        return 2

    plain = property(lambda self: 3, doc="explicit")
    sub_explicit = PropertySub(lambda self: 4, doc="explicit doc")


print(Foo.spam.__doc__)
print(vars(Foo.spam))
print(Foo.eggs.__doc__, vars(Foo.eggs))
print(Foo.ham.__doc__, Foo().ham)
print(Foo.plain.__doc__, Foo.sub_explicit.__doc__, vars(Foo.sub_explicit))
try:
    class Bar:
        @PropertySubSlots
        def spam(self):
            """Trying to copy this docstring will raise an exception"""
except AttributeError as e:
    print("AttributeError:", e)

for val in (True, False, [], [1], '', '1', 0, 2):
    def f(self):
        pass
    f.__isabstractmethod__ = val
    print(repr(val), property(f).__isabstractmethod__, property(None, f).__isabstractmethod__)


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


def g(self):
    pass
g.__isabstractmethod__ = Bad()
try:
    property(g).__isabstractmethod__
except ValueError as e:
    print("ValueError:", e)

p = property()
for i in (0, 1, 3):
    try:
        p.__set_name__(*([0] * i))
    except TypeError as e:
        print(e)


class NoDoc:
    def __getattribute__(self, name):
        if name == "__doc__":
            raise KeyError("boom")
        return object.__getattribute__(self, name)

    def __call__(self, obj):
        return 5


try:
    property(NoDoc())
except KeyError as e:
    print("KeyError:", e)
