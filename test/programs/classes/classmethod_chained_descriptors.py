# classmethod around another descriptor (3.9+): cm_descr_get calls its __get__ with the class as
# both instance and owner, so wrapped classmethods and custom descriptors see the class.
from types import MethodType
class MyClassMethod1:
    def __init__(self, func):
        self.func = func
    def __call__(self, cls):
        if hasattr(self.func, '__get__'):
            return self.func.__get__(cls, cls)()
        return self.func(cls)
    def __get__(self, instance, owner=None):
        if owner is None:
            owner = type(instance)
        return MethodType(self, owner)

class A:
    @classmethod
    @MyClassMethod1
    def f2(cls):
        return cls
    @MyClassMethod1
    @classmethod
    def f3(cls):
        return cls
    @classmethod
    @classmethod
    def f4(cls):
        return cls
print(A.f2(), A.f3(), A.f4())
print(A().f2(), A().f3(), A().f4())
class P:
    @classmethod
    @property
    def x(cls):
        return cls.__name__
print(P.x, P().x)
cm = classmethod(classmethod(lambda c: c))
print(cm.__get__(None, A)(), cm.__get__(A())())
class Probe:
    def __get__(self, instance, owner=None):
        return ("probe", instance, owner)
class B:
    p = classmethod(Probe())
print(B.p, B().p)
class C(B):
    pass
print(C.p, C().p)
print(classmethod(Probe()).__get__(None, C), classmethod(Probe()).__get__(C()))
