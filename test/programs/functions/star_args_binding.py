# Functions with positional parameters and *args, called every way the VM binds them.
class A:
    def m(*args):
        return args
    def n(self, *rest):
        return self.__class__.__name__, rest
    def o(self, a, *rest):
        return a, rest
    def __exit__(self, *exc):
        print("exit", exc[:2], type(exc[2]).__name__)
        return False
    def __enter__(self):
        return self
a = A()
print(a.m()[0] is a, a.m(1)[1:], a.m(1, 2)[1:])
print(a.n(), a.n(1), a.n(1, 2))
print(a.o(1), a.o(1, 2, 3))
try:
    a.o()
except TypeError as e:
    print(e)
bm = a.m
bn = a.n
bo = a.o
for i in range(3000):
    r = (bm(i)[1], bn(i, i), bo(i, i, i))
print(r)
def f(*args):
    return args
def g(x, *args):
    return x, args
def h(x, y, *args):
    return x, y, args
for i in range(3000):
    r = (f(), f(i), g(i), g(i, i), h(i, i), h(i, i, i, i))
print(r)
try:
    h(1)
except TypeError as e:
    print(e)
print(list(map(f, [1, 2])), list(map(g, [1, 2], [3, 4])), sorted([3, 1, 2], key=lambda *k: -k[0]))
with A() as x:
    pass
try:
    with A():
        raise ValueError("v")
except ValueError as e:
    print("caught", e)
for i in range(2000):
    with A() if i == 1999 else open(__file__) as x:
        pass
def cellfn(x, *args):
    def inner():
        return x, args
    return inner()
for i in range(2000):
    r = cellfn(i, i)
print(r, cellfn(1), cellfn(1, 2, 3))
