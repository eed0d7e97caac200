# While a metaclass's mro() makes a new class's first MRO, the class has none: __mro__ is None,
# attribute lookups on it find nothing (not even its own), issubclass follows __base__ only.
class Meta(type):
    z = 5
    def mro(cls):
        print("mro called:", cls.__name__, cls.__mro__)
        for expr in ["cls.y", "cls.x", "cls.z", "cls.__name__", "cls.__dict__['y']", "issubclass(cls, B)", "issubclass(cls, B2)", "issubclass(cls, object)",
                     "isinstance(cls, Meta)", "cls.__base__", "cls.__bases__", "cls.mro", "dir(cls)[:3]", "vars(cls)['y']", "type(cls).__mro__ is not None"]:
            try: print(" ", expr, "->", eval(expr))
            except Exception as e: print(" ", expr, "!!", type(e).__name__, e)
        r = super().mro()
        print(" computed", r)
        return r
class B: x = 1
class B2: pass
class A(B, B2, metaclass=Meta):
    y = 2
print(A.__mro__)
class Sub(A): pass
print(Sub.__mro__)
class Meta4(type):
    def mro(cls):
        for expr in ["cls()", "cls.__doc__", "cls.__module__", "cls.__qualname__", "repr(cls)", "hash(cls) == hash(cls)", "cls.__subclasses__()", "cls.m"]:
            try: print(" ", expr, "->", eval(expr))
            except Exception as e: print(" ", expr, "!!", type(e).__name__, e)
        return super().mro()
class E(metaclass=Meta4):
    "doc"
    def m(self): pass
print(E.__mro__, E().m())
class Meta5(type):
    def mro(cls):
        raise ValueError("no mro")
try:
    class F(metaclass=Meta5): pass
except ValueError as e: print(e)
