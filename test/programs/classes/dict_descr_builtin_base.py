# A class's __dict__ descriptor on an object whose layout is a builtin type's with a __dict__ (a class
# whose metaclass derives from the class: type's descriptor, read-only; a partial subclass's).
class Base(object):
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(object, metaclass=Meta1):
    pass
class E(object, metaclass=Meta2):
    pass
dict_descr = Base.__dict__["__dict__"]
for cls in (D, E):
    for f in (lambda: dict_descr.__set__(cls, {}), lambda: dict_descr.__delete__(cls), lambda: setattr(cls, "__dict__", {})):
        try:
            f()
            print("allowed")
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    print(type(dict_descr.__get__(cls)).__name__, sorted(dict_descr.__get__(cls))[:2])
import functools
class P(Base, functools.partial):
    pass
p = P(print, 1)
p.x = 5
print(p.__dict__, type(p).__dict__.get("__dict__"))
p.__dict__ = {"y": 1}
print(p.__dict__, p.y)
b = Base()
b.__dict__ = {"z": 2}
print(b.z)
del b.__dict__
print(b.__dict__)

# an exception's __dict__ may be replaced by a dict, never deleted, whichever class's descriptor runs
class Exception1(Exception, Base):
    pass
class Exception2(Base, Exception):
    pass
for ExceptionType in Exception, Exception1, Exception2:
    e = ExceptionType()
    e.__dict__ = {"a": 1}
    print(e.a, e.__dict__)
    for value in (None, [], 1):
        try:
            e.__dict__ = value
        except TypeError as err:
            print("TypeError", err)
    try:
        del e.__dict__
        print("deleted")
    except TypeError as err:
        print("TypeError", err)
import types
class Module1(types.ModuleType, Base):
    pass
class Module2(Base, types.ModuleType):
    pass
for ModuleType in Module1, Module2:
    mod = ModuleType("spam")
    for f in (lambda: setattr(mod, "__dict__", {}), lambda: delattr(mod, "__dict__"), lambda: Base.__dict__["__dict__"].__set__(mod, {})):
        try:
            f()
            print("allowed")
        except (AttributeError, TypeError) as err:
            print(type(err).__name__, err)
    mod.__dict__["spam"] = "eggs"
    print(mod.spam)
