# Global and builtin name lookups repeated at one instruction while the names are stored, deleted,
# shadowed and unshadowed (the LOAD_GLOBAL cache must notice), in module and exec namespaces.
import builtins
orig_len = builtins.len
x = 1
def f(): return x, len("ab")
for i in range(3):
    print(f()); x += 1
del x
try: f()
except NameError as e: print(e)
x = 10; print(f())
builtins.len = lambda s: 99; print(f())
builtins.len = orig_len; print(f())
len = lambda s: -1; print(f())
del len; print(f())
g = {"__builtins__": builtins}
code = compile("def h(): return y\n", "<s>", "exec"); exec(code, g)
for v in [1, 2]:
    g["y"] = v; print(g["h"]())
g.clear(); g["__builtins__"] = builtins
try: exec("y", g)
except NameError as e: print(e)
class K:
    def __eq__(s, o): return o == "zz"
    def __hash__(s): return hash("zz")
d = {"__builtins__": builtins}
exec("def q(): return zz\n", d)
d[K()] = "via K"
print(d["q"]())
def counter():
    global total
    total += 1
    return total
total = 0
print([counter() for _ in range(5)])
globals()["newname"] = 5
def nn(): return newname
print(nn()); globals()["newname"] = 6; print(nn())
