# __build_class__'s check of the __class__ cell after the metaclass ran: a metaclass that drops
# __classcell__ from the namespace leaves it unset (RuntimeError), one that hands it to another
# class sets it wrongly (TypeError); a metaclass returning a non-type is not checked.
class Meta(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
class WithoutClassRef(metaclass=Meta):
    pass
print("ok")
try:
    class WithClassRef(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e)
class Meta2(type):
    def __new__(cls, name, bases, namespace):
        cls = super().__new__(cls, name, bases, namespace)
        B = type("B", (), namespace)
        return cls
try:
    class A(metaclass=Meta2):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError", e)
def meta3(name, bases, ns):
    return 42
class C(metaclass=meta3):
    def f(self): return __class__
print(C)
def meta4(name, bases, ns):
    ns.pop('__classcell__')
    return type(name, bases, ns)
try:
    class D(metaclass=meta4):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError", e)
class Meta5(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop('__classcell__', None)
        return super().__new__(cls, name, bases, namespace)
try:
    class E(metaclass=Meta5):
        def f(self):
            return super().f()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    exec("class F(metaclass=Meta5):\n    def f(self): return __class__", {"Meta5": Meta5})
except RuntimeError as e:
    print("RuntimeError", e)
