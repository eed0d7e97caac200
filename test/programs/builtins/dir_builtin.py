# dir() of modules, classes, instances, with __dir__ overrides; dir() without arguments in several scopes.
import math
print([n for n in dir(math) if not n.startswith("_")][:10], len(dir(math)) > 40)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
print([n for n in dir(Child()) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(Child())[:5])
def f():
    a = 1
    b = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ("b", "a", "c", "a")
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
def err(g):
    try:
        return g()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: dir(BadDir())), err(lambda: dir(1, 2)))
print([n for n in dir(1) if not n.startswith("_")], [n for n in dir(None) if not n.startswith("_")], dir(type)[:3])
print(sorted(n for n in dir() if not n.startswith("_")))
