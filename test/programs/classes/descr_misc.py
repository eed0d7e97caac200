# Class details from CPython's test_descr: private __slots__ names are mangled; deleting an instance's
# __dict__; object.__setattr__ refuses classes (hackcheck); a classmethod descriptor's __get__ checks;
# a subclass of super works; property getter docs (property_copy); __classcell__ and __qualname__ in __slots__.
class C4(object):
    __slots__ = ['__a', '_b', '__c__']
    def __init__(self, value):
        self.__a = value
    def get(self):
        return self.__a
x = C4(5)
print(x.get(), hasattr(x, "__dict__"), sorted(k for k in C4.__dict__ if not k.startswith("__")), C4.__slots__)
class _(object):
    __slots__ = ['__z']
print(sorted(k for k in _.__dict__ if "z" in k))
try:
    class Q:
        __slots__ = ['__q']
        _Q__q = 1
except ValueError as e:
    print("ValueError", e)
class A:
    pass
a = A()
a.__dict__ = {'b': 1}
print(a.b)
del a.__dict__
print(a.__dict__)
for args in [(str, "foo", 42), (A, "foo", 1)]:
    try:
        object.__setattr__(*args)
        print("ok")
    except TypeError as e:
        print("TypeError", e)
try:
    object.__delattr__(str, "foo")
except TypeError as e:
    print("TypeError", e)
descr = dict.__dict__["fromkeys"]
for args in [(None, None), (42,), (None, 42), (None, int), ({},), (None, dict)]:
    try:
        r = descr.__get__(*args)
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class B:
    def meth(self, a):
        return "B(%r)" % a
class E(B):
    def meth(self, a):
        return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))
for slots in (["foo bar"], ["1a"], [""], ["ok", 5], ["é"]):
    try:
        type("S", (), {"__slots__": slots})
        print("ok", slots)
    except TypeError as e:
        print("TypeError", e)
try:
    mysuper(E, E()).missing
except AttributeError as e:
    print("AttributeError", e)
class C(object):
    foo = property(doc="hello")
    @foo.getter
    def foo(self):
        return self._foo
    @foo.setter
    def foo(self, value):
        self._foo = abs(value)
print(C.foo.__doc__)
class D(object):
    @property
    def bar(self):
        "bar doc"
    @bar.getter
    def bar(self):
        "new bar doc"
    @bar.setter
    def bar(self, v):
        pass
print(D.bar.__doc__)
class E(object):
    @property
    def baz(self):
        "baz doc"
    @baz.getter
    def baz(self):
        pass
print(E.baz.__doc__)
import types
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr in namespace)
        return super().__new__(cls, name, bases, namespace)
class C1:
    def __init__(self):
        self.b = 42
class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()
print(isinstance(C2.__dict__["__classcell__"], types.MemberDescriptorType), C2().b)
class C3(C1, metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(C3.__qualname__, isinstance(C3.__dict__["__qualname__"], types.MemberDescriptorType))
sm = staticmethod(len)
try:
    del sm.__dict__
except TypeError as e:
    print("TypeError", e)
try:
    sm.__dict__ = 1
except TypeError as e:
    print("TypeError", e)
print(type(sm).__dict__["__dict__"].__doc__)
class A: pass
print(A.__dict__["__dict__"].__doc__)
