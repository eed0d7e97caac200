# isinstance() with a class-like object (no type, a __bases__ tuple): the instance's __class__ walked through
# __bases__ (abstract_issubclass); an error other than AttributeError from __bases__ propagates.
class AbstractClass(object):
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)
class AbstractInstance(object):
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)
AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
class Super: pass
class Child(Super): pass
print(isinstance(AbstractSuper(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild), isinstance(AbstractSuper(), Super), isinstance(AbstractSuper(), Child))
print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper), isinstance(AbstractChild(), Super), isinstance(AbstractChild(), Child))
class E(object):
    def getbases(self):
        raise RuntimeError
    __bases__ = property(getbases)
class I(object):
    def getclass(self):
        return E()
    __class__ = property(getclass)
class C(object):
    def getbases(self):
        return ()
    __bases__ = property(getbases)
try:
    print(isinstance(I(), C()))
except RuntimeError:
    print("RuntimeError")
