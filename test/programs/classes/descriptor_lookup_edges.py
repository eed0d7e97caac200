# A descriptor with __set__ but no __get__ does not hide the instance's value; isinstance() and super()
# ask the object's __class__ through its own __getattribute__ (a proxy); deleting an unset
# __abstractmethods__ is an AttributeError.
class Descr(object):
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr = Descr("a")
class X(object):
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
class Meta(type):
    b = descr
class Y(metaclass=Meta):
    pass
print(Y.b is descr)
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class C:
    pass
class D(C):
    pass
for cls in (C, D):
    pa = Proxy(cls())
    print(isinstance(pa, C), C.__instancecheck__(pa), isinstance(pa, (int, C)), type(pa).__name__)
class E(C):
    def m(self):
        return super(C, Proxy(E())).__class__
try:
    print(super(C, Proxy(D())))
except TypeError as e:
    print("TypeError", e)
class Z:
    pass
try:
    del Z.__abstractmethods__
except AttributeError as e:
    print("AttributeError", e)
Z.__abstractmethods__ = frozenset({"f"})
del Z.__abstractmethods__
print(hasattr(Z, "__abstractmethods__"))
