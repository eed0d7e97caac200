# dir(cls) calls the metaclass's __dir__ (EnumMeta lists the members), as dir(obj) calls type(obj)'s.
import enum


class M(type):
    def __dir__(cls):
        return ['b', 'a', cls.__name__]


class C(metaclass=M):
    x = 1


print(dir(C))


class Sub(C):
    pass


print(dir(Sub))


class Season(enum.Enum):
    SPRING = 1
    SUMMER = 2


print(dir(Season))
print(dir(Season.SPRING))


class Plain:
    y = 2


print([n for n in dir(Plain) if not n.startswith('__')], '__init__' in dir(Plain))


class Bad(type):
    def __dir__(cls):
        return 5


class D(metaclass=Bad):
    pass


try:
    dir(D)
except TypeError as e:
    print(type(e).__name__, e)
print(dir(type)[:3], 'mro' in dir(type), 'mro' in dir(int))
