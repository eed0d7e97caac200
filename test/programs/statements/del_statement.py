# del on names, subscripts, slices, attributes, tuples of targets, and the errors.
a, b, c = 1, 2, 3
del a
del b, c
print("a" in dir(), "b" in dir())
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], d["y"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
def err(f):
    try:
        f()
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
def del_unbound():
    del never_assigned
def del_twice():
    v = 1
    del v
    del v
def del_missing_key():
    del d["nope"]
def del_missing_attr():
    del o.nope
def del_index():
    del lst[100]
print(err(del_unbound), err(del_twice), err(del_missing_key), err(del_missing_attr), err(del_index))
x = [1, [2, 3]]
del x[1][0]
print(x)
for src in ["del f()", "del 1", "del (a + b)", "del a, (b, c), [d]"]:
    try:
        compile(src, "<del>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
