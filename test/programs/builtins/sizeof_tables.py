# What sys.getsizeof shows of the storage CPython's containers keep, in terms that 32- and 64-bit
# builds share: where a dict's key table grows (and that deletions do not give entries back),
# when copies keep the table's size, bytearray.__alloc__, and the pointer-sized parts of code and
# frame objects.
import sys
g = sys.getsizeof

def changes(sizes):
    return [i for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]]

d = {}
sizes = []
for i in range(200):
    sizes.append(g(d))
    d[i] = i
print("dict grows at", changes(sizes))
sizes = []
for i in range(100):
    d[-i - 1] = 0
    del d[-i - 1]
    sizes.append(g(d))
print("churn grows at", changes(sizes), len(d))
for k in list(d)[:150]:
    del d[k]
print("after deletions", g(d) == sizes[-1], len(d))
d.clear()
print("cleared", g(d) == g({}), g({}) < g({1: 1}))
e = {}
e[1] = 1
e[2] = 2
del e[1]
for i in range(3, 7):
    e[i] = i
print("churn", g(e) == g(dict.fromkeys(range(6))), g(e) > g(dict.fromkeys(range(5))))
for n in (0, 3, 6, 20):
    d = dict.fromkeys(range(n))
    print("copies of", n, g(d.copy()) == g(d), g(dict(d)) == g(d), g({**d}) == g(d))
d = dict.fromkeys(range(20))
for i in range(8):
    del d[i]
print("copies after deletions", g(d.copy()) == g(d), g(dict(d)) == g(d), g({**d}) == g(d.copy()))
x = 1
print("literals", g({"a": 1, "b": 2}) == g({1: 1}), g({"a": x, "b": x, "c": x, "d": x, "e": x, "f": x, "g": x}) == g(dict.fromkeys(range(7))),
      g(dict(a=1, b=2, c=3, d=4, e=5, f=6)) == g(dict.fromkeys(range(6))), g({i: i for i in range(9)}) == g(dict.fromkeys(range(9))))
d = {1: 1}
d.pop(1)
d.setdefault(2, 2)
print("pop", g(d) == g({1: 1}))

def alloc(b):
    return b.__alloc__()
print("bytearray", [alloc(x) for x in (bytearray(), bytearray(b"abc"), bytearray(10), bytearray([1, 2]), bytearray("ab", "ascii"), bytearray(b"abc") * 3,
                                         bytearray(b"ab") + bytearray(b"cd"), bytearray(range(5)), bytearray(b"abc").copy(), bytearray(b"abcdef")[1:3])])
b = bytearray()
seen = []
for i in range(40):
    seen.append(alloc(b))
    b.append(i)
print("append", seen)
print("sizeof", g(b) - g(bytearray()) == alloc(b), bytearray().__sizeof__() == bytearray.__basicsize__)
b = bytearray(b"abc")
b.clear()
print("clear", alloc(b))
b = bytearray(b"abcdefghij")
b.pop()
seen = [alloc(b)]
b.pop(0)
seen.append(alloc(b))
del b[0]
seen.append(alloc(b))
del b[:5]
seen.append(alloc(b))
b.remove(b[0])
print("shrink", seen, alloc(b))
b = bytearray(b"abc")
seen = []
for more in (b"defghijklmnop", b"x"):
    b += more
    seen.append(alloc(b))
b.extend(b"yz")
seen.append(alloc(b))
b.extend([1, 2, 3])
seen.append(alloc(b))
b.extend(range(100))
print("grow", seen, alloc(b))
b = bytearray(b"abc")
b.insert(0, 1)
seen = [alloc(b)]
for n in (3, 1, 0):
    b *= n
    seen.append(alloc(b))
print("insert/imul", seen)
b = bytearray(b"abcdefghij")
b[2:4] = b"xyzw"
a = alloc(b)
b[0:8] = b""
print("setslice", a, alloc(b))
b = bytearray(100)
del b[10:]
print("del tail", alloc(b))

PTR = g([None]) - g([])
def f(a, b):
    return lambda: a + b
def h():
    x = 1
    return lambda: x
def k(a):
    c = 1
    def inner():
        return a, c
    return inner
code = type(f.__code__)
print("code", [(c.__sizeof__() - code.__basicsize__) // PTR for c in (f.__code__, h.__code__, k.__code__, (lambda: 0).__code__)], g(h.__code__) == h.__code__.__sizeof__())
def fr(a, b):
    c = 1
    return sys._getframe()
frame = fr(1, 2)
co = fr.__code__
print("frame", (frame.__sizeof__() - type(frame).__basicsize__) // PTR + 1 == co.co_stacksize + co.co_nlocals, type(frame).__itemsize__ == PTR)
