# Descriptor protocol: data vs non-data descriptors, lookup precedence, __delete__, class-level access.
class DataDesc:
    def __get__(self, obj, objtype=None):
        return f"DataDesc.__get__(obj={type(obj).__name__}, objtype={objtype.__name__})"
    def __set__(self, obj, value):
        print(f"DataDesc.__set__({value!r})")
    def __delete__(self, obj):
        print("DataDesc.__delete__")
class NonData:
    def __get__(self, obj, objtype=None):
        return "NonData.__get__"
class C:
    d = DataDesc()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
c.__dict__["d"] = "instance value"
print(c.d)
del c.d
print(c.n)
c.n = "shadow"
print(c.n, C.n)
del c.n
print(c.n)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class GetOnly:
    def __get__(self, obj, objtype=None):
        return 1
class D:
    g = GetOnly()
d = D()
d.g = 2
print(d.g, D.g)
class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class E:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(E().hello("desc"), type(E.hello).__name__)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class RO:
    def __get__(self, o, t=None):
        return "ro"
    def __set__(self, o, v):
        raise AttributeError("read-only")
class F:
    x = RO()
print(err(lambda: setattr(F(), "x", 1)), F().x)
print(type(C.__dict__["d"]).__name__, C.__dict__["n"].__get__(None, C), vars(c))
