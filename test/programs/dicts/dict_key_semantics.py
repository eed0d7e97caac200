# Key identity and equality: 1/1.0/True collapse, the first key object is kept, custom __eq__/__hash__.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, type(list(d)[0]).__name__)
d2 = {True: "a"}
d2[1] = "b"
print(d2, list(d2)[0] is True)
print({0.5: 1, 1 / 2: 2}, {-0.0: "neg"}.get(0), {0: "z"}.get(-0.0), {2 ** 64: "big"}.get(float(2 ** 64)), {1 + 0j: "c"}.get(1))
nan = float("nan")
nd = {nan: 1}
nd[nan] = 2
nd[float("nan")] = 3
print(len(nd), list(nd.values()))
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print(f"hash({self.name})")
        return 42
    def __eq__(self, other):
        print(f"eq({self.name}, {other.name})")
        return self.name.lower() == other.name.lower()
    def __repr__(self):
        return f"Key({self.name!r})"
kd = {}
kd[Key("A")] = 1
kd[Key("b")] = 2
kd[Key("a")] = 3
print(kd)
print(Key("B") in kd)
class Unhashable:
    __hash__ = None
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: {Unhashable(): 1}))
class EqOnly:
    def __eq__(self, other):
        return True
print(err(lambda: {EqOnly(): 1}), EqOnly.__hash__)
class BadHash:
    def __hash__(self):
        return "x"
print(err(lambda: {BadHash(): 1}))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(len({BigHash(): 1}), hash(BigHash()) == hash(2 ** 100))
