# locals(), globals() and vars(): snapshots inside functions, the module namespace, and writing to them.
g_value = 1
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g():
    x = 1
    d = locals()
    d["x"] = 99
    d["new"] = 5
    return x, "new" in locals()
print(g())
globals()["made_dynamically"] = "yes"
print(made_dynamically, "g_value" in globals(), globals()["g_value"], vars() is globals())
class K:
    a = 1
    ns = sorted(k for k in locals() if not k.startswith("__"))
print(K.ns, sorted(k for k in vars(K) if not k.startswith("__")))
def nested():
    outer_v = 1
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_v, sorted(locals())
    return inner(), inner_uses()
print(nested())
print(sorted(k for k in globals() if not k.startswith("_"))[:5], sorted(k for k in globals() if k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
