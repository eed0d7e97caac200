# module.__dir__ (module_dir): __dict__ as the module's class finds it, its keys in insertion order
# (dir() sorts them), a module-level __dir__, and a __dict__ that is not a dictionary.
import sys, types
m = types.ModuleType("m")
m.b = 1
m.a = 2
print(m.__dir__(), dir(m))
m.__dict__[5] = "int key"
print(m.__dir__())
try:
    print(dir(m))
except TypeError as e:
    print("TypeError", e)
class M(type(sys)):
    pass
class M2(M):
    def getdict(self):
        return "Not a dict!"
    __dict__ = property(getdict)
m2 = M2("m2")
m2.b = 2
print(m2.__dict__)
for f in (dir, lambda o: o.__dir__()):
    try:
        f(m2)
    except TypeError as e:
        print("TypeError", e)
m3 = types.ModuleType("m3")
m3.__dir__ = lambda: ["custom"]
print(dir(m3), m3.__dir__())
