# vars() and dir() read __dict__ (and dir() __class__) as attributes: a class body's __dict__
# property is kept (the instance dict descriptor is only a default), and an unset __class__ slot
# leaves dir() just the instance dict's keys.
class WithDictProp:
    def getDict(self):
        return {"a": 2}

    __dict__ = property(fget=getDict)


w = WithDictProp()
w.x = 5
print(vars(w), w.x, dir(w)[:3], "x" in dir(w), "a" in dir(w))
print(type(WithDictProp.__dict__["__dict__"]).__name__)


class Foo(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


f = Foo()
print(dir(f))
print(vars(f))


class Fake:
    @property
    def __class__(self):
        return int


print("bit_length" in dir(Fake()), "__init__" in dir(Fake()))


class NotDict:
    __dict__ = property(lambda self: [1, 2])


try:
    print(vars(NotDict()))
except TypeError as e:
    print("vars:", e)
print("__module__" in dir(NotDict()))
