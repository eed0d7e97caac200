# Metaclasses: __prepare__, __new__, __init__, __call__, keyword arguments, inheritance of the metaclass.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print(f"__prepare__({name!r}, {[b.__name__ for b in bases]}, {kw})")
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        print(f"__new__({name!r}) keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print(f"__init__({name!r})")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"__call__({cls.__name__}, {args})")
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"
class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A):
    y = 2
a = A(5)
print(a.v, A.injected, A.tag, B.tag, type(A).__name__, type(B).__name__, A.describe(), B.describe(), isinstance(A, Meta))
print(type(type), type(Meta), Meta.__mro__, hasattr(a, "describe"))
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Registry.classes)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1, M2): pass
class C4(C1, C2, metaclass=M3): pass
print(type(C4).__name__)
Dyn = Meta("Dyn", (), {"z": 3}, tag="dynamic")
print(Dyn.z, Dyn.tag, Dyn.injected if hasattr(Dyn, "injected") else "no prepare via direct call")
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class F(metaclass=func_meta): pass
print(F.made_by, type(F).__name__)
