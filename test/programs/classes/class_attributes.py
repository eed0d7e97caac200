# Class vs instance attributes: shadowing, shared mutable class attributes, __dict__ and mappingproxy.
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks, a.tricks is Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species, vars(a), "species" in vars(b))
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
print(type(Dog.__dict__).__name__, sorted(k for k in Dog.__dict__ if not k.startswith("__")), Dog.__dict__["species"])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: Dog.__dict__.__setitem__("x", 1)))
Dog.new_method = lambda self: f"{self.name} is new"
print(a.new_method(), Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__)
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__, repr(Outer.Inner.Deep))
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.id = Counter.n
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.n)
x = 10
class Scope:
    x = x + 1
    y = [x for _ in range(2)]
print(Scope.x, Scope.y)
