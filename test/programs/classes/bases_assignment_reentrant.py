# Assigning __bases__ from inside a metaclass's mro() while another assignment is under way: a
# cycle through the __base__ links already set is refused, and the inner assignment's outcome
# stands (the outer one then neither rolls back the bases nor updates __subclasses__).
# (derived from test_descr's MroTest cases)
state = {"ready": False}
class M(type):
    def mro(cls):
        if state["ready"]:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)
class A(metaclass=M): pass
class B1(A): pass
class B2(A): pass
state["ready"] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError", e)
state["ready"] = False
print(B1.__bases__, B2.__bases__, B1.__mro__, B2.__mro__)

class M2(type):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C':
            state["ready"] = False
            C.__bases__ = (B2,)
        return type.mro(cls)
class A(metaclass=M2): pass
class B1(A): pass
class B2(A): pass
class C(A): pass
state["ready"] = True
C.__bases__ = (B1,)
B1.__bases__ = (C,)
print(C.__bases__, B2.__subclasses__(), B1.__subclasses__(), B1.__bases__, C.__subclasses__(), A.__subclasses__())
print(C.__mro__, B1.__mro__)

class E(Exception): pass
class M3(type):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C':
            if C.__bases__ == (B2,):
                state["ready"] = False
            else:
                C.__bases__ = (B2,)
                raise E
        return type.mro(cls)
class A(metaclass=M3): pass
class B1(A): pass
class B2(A): pass
class C(A): pass
state["ready"] = True
try:
    C.__bases__ = (B1,)
except E:
    print("E raised")
B1.__bases__ = (C,)
print(C.__bases__, C.__mro__ == tuple(type.mro(C)), C.__mro__, B1.__mro__)
print(A.__subclasses__(), B1.__subclasses__(), B2.__subclasses__(), C.__subclasses__())
