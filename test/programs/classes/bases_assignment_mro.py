# Assigning __bases__: the MROs of the class and its subclasses are remade as class creation makes
# them (a metaclass's own mro(), checked; type.mro()'s duplicate-base and conflict TypeErrors,
# catchable inside mro()), and when one fails every MRO already replaced and the bases are put back.
class C: pass
class C2: pass
class D(C): pass
try:
    D.__bases__ = (C, C)
except TypeError as e:
    print("TypeError", e)
print(D.__bases__, D.__mro__)
class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        else:
            self.flag += 1
            return type.mro(self)
class WorkAlways(type):
    def mro(self):
        return type.mro(self)
class C(object): pass
class C2(object): pass
class D(C): pass
class E(D): pass
class F(D, metaclass=WorkOnce): pass
class G(D, metaclass=WorkAlways): pass
E_mro_before = E.__mro__
D_mro_before = D.__mro__
try:
    D.__bases__ = (C2,)
except RuntimeError as e:
    print("RuntimeError", e, E.__mro__ == E_mro_before, D.__mro__ == D_mro_before, D.__bases__)
else:
    print("no error", D.__mro__, E.__mro__, F.__mro__)
class A: pass
class B(A): pass
class X(A): pass
try:
    X.__bases__ = (A, B)
except TypeError as e:
    print("TypeError", e)
print(X.__mro__)
class M(type):
    calls = 0
    def mro(cls):
        M.calls += 1
        if M.calls > 1:
            return [cls, 5]
        return type.mro(cls)
class Y(A, metaclass=M): pass
try:
    Y.__bases__ = (B,)
except TypeError as e:
    print("TypeError", e)
print(Y.__bases__, Y.__mro__)
class M2(type):
    def mro(cls):
        r = type.mro(cls)
        print("M2.mro", cls.__name__, [c.__name__ for c in r])
        return list(reversed(r)) if cls.__name__ == "Z" else r
class Z(A, metaclass=M2): pass
print(Z.__mro__)
class Z2(Z): pass
print(Z2.__mro__)
Z.__bases__ = (B,)
print(Z.__mro__, Z2.__mro__)
class M3(type):
    def mro(cls):
        try:
            return type.mro(cls)
        except TypeError as e:
            print("caught in mro:", e)
            raise
class P(A, metaclass=M3): pass
try:
    P.__bases__ = (A, B)
except TypeError as e:
    print("TypeError", e)
try:
    P.__bases__ = (A, A)
except TypeError as e:
    print("TypeError", e)
