# C3 method resolution order: diamonds, longer hierarchies, super() chains, and inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [A, K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(Z.mro() == list(Z.__mro__), type.mro(Z)[:3], Z.__bases__, Z.__base__, object.__mro__, object.__bases__)
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello(), [c.__name__ for c in Child.__mro__])
def err(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"
print(err(lambda: type("Bad", (A, K1), {})))
print(err(lambda: type("Bad2", (O, A), {})))
print(err(lambda: type("Dup", (A, A), {})))
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
print(err(lambda: type("Conflict", (XY, YX), {})))
print(err(lambda: type("FromInt", (int, str), {})))
print(issubclass(Z, O), issubclass(Z, (int, A)), isinstance(Z(), K2), A.__subclasses__(), [c.__name__ for c in O.__subclasses__()])
