# __call__ on instances, callable(), bound methods of builtins, and calling classes and types.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), callable(add5), callable(Adder), callable(Adder.__call__), list(map(add5, [1, 2])))
m = [3, 1, 2].pop
print(m(), type(m).__name__, m.__self__, m.__name__, "abc".upper(), str.upper("abc"), getattr("x", "zfill")(3))
print(int("5"), type(5)("6"), type("T", (), {"v": 1})().v, list("ab"), (lambda: 1)())
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class K(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(K(7).v)
def err(fn):
    try:
        return fn()
    except TypeError as e:
        return f"TypeError: {e}"
five, s = 5, "s"
print(err(lambda: five()))
print(err(lambda: s()))
print(err(lambda: add5()))
print(err(lambda: Adder()))
print(err(lambda: add5(1, 2)))
print(err(lambda: len()))
print(err(lambda: len(1, 2)))
print(err(lambda: [].append(1, 2)))
print(err(lambda: dict.get()))
print(err(lambda: object(1)))
class NoCall:
    pass
print(err(lambda: NoCall()()))
