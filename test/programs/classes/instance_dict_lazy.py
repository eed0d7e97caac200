# Instances of Python classes: their __dict__ as seen through every path that reads or writes it,
# whether or not an attribute was ever stored; object.__reduce_ex__'s five-item result.
import copy, pickle

class A:
    pass

a = A()
print(a.__reduce_ex__(2)[2:], len(a.__reduce_ex__(2)), len(a.__reduce_ex__(4)))
print(a.__reduce_ex__(1)[2:])
b = A(); b.x = 1
print(b.__reduce_ex__(2)[2:])
c = A(); c.__dict__
print(c.__reduce_ex__(2)[2:])
d = A(); d.x = 1; del d.x
print(d.__reduce_ex__(2)[2:])
print(vars(A()), A().__dict__, A().__dict__ == {})
e = A()
print(e.__dict__ is e.__dict__, vars(e) is e.__dict__)
e.__dict__["k"] = 3
print(e.k, vars(e))
print(copy.copy(a).__dict__, copy.deepcopy(b).__dict__, pickle.loads(pickle.dumps(a)).__dict__, pickle.loads(pickle.dumps(b)).x)

f = A()
try:
    del f.missing
except AttributeError as err:
    print("del:", err)
try:
    f.missing
except AttributeError as err:
    print("get:", err)
print(hasattr(f, "missing"), getattr(f, "missing", "default"), "missing" in dir(f), "__dict__" in dir(f))
setattr(f, "s", 1)
object.__setattr__(f, "t", 2)
print(sorted(f.__dict__.items()))
object.__delattr__(f, "t")
print(f.__dict__)

g = A()
g.__dict__ = {"y": 5}
print(g.y, g.__dict__)
h = A()
h.__dict__.update(z=6)
print(h.z)

class WithSlots:
    __slots__ = ("p", "__dict__")
w = WithSlots()
print(w.__dict__, w.__reduce_ex__(2)[2])
w.p = 1
w.q = 2
print(w.__dict__, w.__reduce_ex__(2)[2])

class Getattr:
    def __getattr__(self, name):
        return "fallback " + name
print(Getattr().anything, Getattr().__dict__)

class Sub(A):
    def __init__(self):
        pass
s = Sub()
print(s.__dict__, s.__reduce_ex__(2)[2])
s.v = 1
print(s.__dict__)

class E(Exception): pass
print(E(1).__reduce__(), ValueError(2).__reduce__(), E().__dict__)
x = E(); x.y = 2
print(x.__reduce__(), x.__dict__)
print(ValueError(1).__reduce_ex__(2))
print(list.__reduce_ex__([1, 2], 2)[2:4] if False else [1, 2].__reduce_ex__(2)[2], list([1, 2].__reduce_ex__(2)[3]))
print(dict(a=1).__reduce_ex__(2)[2], list(dict(a=1).__reduce_ex__(2)[4]))

# deleting a missing attribute of an object with a __dict__ slot: the message is the name
def fn(): pass
class A2: pass
import types
objs = [fn, A2(), types.SimpleNamespace(), types.ModuleType("m"), ValueError(), A2]
a = A2(); a.x = 1; del a.__dict__
objs.append(a)
import functools
objs.append(functools.partial(fn))
for o in objs:
    try:
        del o.missing
    except AttributeError as e:
        print(type(o).__name__, e)
