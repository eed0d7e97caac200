# __init_subclass__ (with class keywords) and __set_name__, and the order in which they run.
class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kwargs):
        print(f"__init_subclass__({cls.__name__}, prefix={prefix!r}, rest={kwargs})")
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
class A(Base, prefix="a_"):
    pass
class B(A):
    pass
print(Base.subclasses, A.prefix, B.prefix, hasattr(Base, "prefix"))
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model(Base, prefix="m_"):
    first = Field()
    second = Field()
    print("class body done")
m = Model()
m.first = 10
print(m.first, m.second, Model.first.name, vars(m))
class Late:
    pass
f = Field()
Late.added = f
print(hasattr(f, "name"))
f.__set_name__(Late, "added")
print(f.name)
class Tracker:
    def __init_subclass__(cls):
        cls.created = True
class T(Tracker): pass
print(T.created, "created" in Tracker.__dict__)
