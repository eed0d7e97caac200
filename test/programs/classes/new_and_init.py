# __new__ vs __init__: singletons, immutable subclasses, __init__ skipped when __new__ returns another type.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print("init with", v)
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)
class Other:
    def __init__(self):
        print("Other.__init__ (not called)")
class Factory:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Factory(), type(Factory()).__name__)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("hello"), type(Upper("x")).__name__, Upper("ab") + "c")
class Pos(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pos(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class BadInit:
    def __init__(self):
        return 5
print(err(BadInit))
class NoArgs:
    pass
print(err(lambda: NoArgs(1)))
class InitOnly:
    def __init__(self, a):
        self.a = a
print(err(lambda: InitOnly()), err(lambda: InitOnly(1, 2)))
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__, err(lambda: object.__new__(5)))
print(err(lambda: object.__new__(int)))
o = object.__new__(InitOnly)
print(hasattr(o, "a"), type(o).__name__)
