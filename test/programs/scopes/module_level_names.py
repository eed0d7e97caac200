# Names in module-level code (LOAD_NAME, whose locals are the globals) go through the globals cache:
# shadowing a builtin, deleting, adding to builtins, exec with its own builtins, class bodies.
import builtins
for i in range(3000):
    x = len("ab")
len = lambda s: 99
print(len("ab"))
del len
print(len("ab"))
try:
    for i in range(3):
        if i == 1: del x
        print(x)
except NameError as e:
    print("NameError", e)
builtins.extra = 5
print(extra)
del builtins.extra
try: print(extra)
except NameError as e: print("NameError", e)
g = {"__builtins__": {"len": lambda s: -1, "range": range, "print": print}}
exec("for i in range(2000): r = len('x')\nprint(r, len('abc'))", g)
exec("print(len('abc'))", {}, {"len": lambda s: 7})
class C:
    len = 3
    print(len)
