# STORE_NAME in module-level loops hot enough for the compiled tier: a store after the name was
# deleted, or after globals() gained or lost keys, or into exec'd code's own dicts and subclasses.
total = 0
for i in range(3000):
    total += i
    if i == 1000:
        del total
        total = -1
    if i == 2000:
        globals()["extra"] = i
    if i == 2500:
        del globals()["extra"]
        globals().clear() if False else None
print(total, "extra" in globals())
x = 0
for i in range(2000):
    x = i
    if i % 500 == 0:
        globals().pop("x")
        x = "popped"
print(x)
src = """
acc = []
for j in range(1500):
    last = j
    if j == 700:
        del last
        last = "gone"
    acc.append(type(last).__name__)
"""
g = {}
exec(src, g)
print(g["last"], len(g["acc"]), g["acc"][700], g["acc"][701])


class Logged(dict):
    def __setitem__(self, k, v):
        if k == "last" and v % 500 == 0:
            print("set", k, v)
        super().__setitem__(k, v)


loc = Logged()
exec(src.replace('last = "gone"', "last = 0"), {}, loc)
print(loc["last"])


class C:
    for k in range(1200):
        attr = k * 2
    del k
print(C.attr, hasattr(C, "k"))
