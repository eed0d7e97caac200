# A list's over-allocation as sys.getsizeof shows it, counted in slots so that 32- and 64-bit builds
# agree: list_resize's growth on append and its shrinking on pop, the exact room of a literal,
# list(), [*x], extend, +=, *=, slices, split and sorted.
import sys
EMPTY = sys.getsizeof([])
SLOT = sys.getsizeof([None]) - EMPTY

def cap(l):
    return (sys.getsizeof(l) - EMPTY) // SLOT

l = []
seen = []
for i in range(70):
    seen.append(cap(l))
    l.append(i)
print("append", seen)
seen = []
while l:
    l.pop()
    seen.append(cap(l))
print("pop", seen)
x = 5
print("literal", cap([]), cap([x]), cap([x, x]), cap([x, x, x]), cap([1, 2, 3]), cap([1, 2, 3, 4, 5]), cap([x] * 7))
print("comprehension", [cap([i for i in range(n)]) for n in (0, 1, 4, 5, 8, 9, 16, 17, 100)])
print("list()", [cap(list(range(n))) for n in (0, 1, 2, 3, 5, 9, 100)], [cap(list(i for i in range(n))) for n in (0, 1, 3, 5, 9, 100)])
print("list() of", cap(list("abcde")), cap(list({1: 2, 3: 4, 5: 6})), cap(list((1, 2, 3))), cap(list([1, 2, 3, 4])))
print("star", [cap([*range(n)]) for n in range(8)], cap([*range(3), *range(2)]))
l = list(range(10))
print("copies", cap(l[:]), cap(l.copy()), cap(l + l), cap(l * 2), cap(sorted(l)), cap(sorted(range(5))), cap(sorted(i for i in range(3))))

def ext(start, src):
    l = list(start)
    l.extend(src)
    return cap(l)
print("extend", [ext([], range(n)) for n in range(6)], [ext([], (i for i in range(n))) for n in (1, 2, 3, 9)],
      ext([1, 2, 3, 4], range(3)), ext([1] * 8, (1,) * 20), ext([1] * 8, range(20)), ext([1] * 8, (i for i in range(20))))

class Hint:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __length_hint__(self):
        return 50
print("hint", cap(list(Hint(3))), ext([], Hint(3)), ext([], Hint(60)))
l = []
l += [1, 2, 3]
a = cap(l)
l += (1,) * 10
print("iadd", a, cap(l))
l = [1, 2]
l *= 5
a = cap(l)
l *= 0
print("imul", a, cap(l))
l = list(range(10))
l.insert(0, 1)
a = cap(l)
l.clear()
print("insert/clear", a, cap(l))
l = list(range(100))
l[10:] = []
a = cap(l)
del l[2:5]
b = cap(l)
l.remove(0)
c = cap(l)
del l[::2]
print("slices", a, b, c, cap(l))
l = [0] * 100
del l[:]
print("del all", cap(l))
print("split", cap("a b c".split()), cap("a,b".split(",", 0)), cap("a b".split(maxsplit=1)), cap(" ".join("x" * 20).split()), cap(b"a b".rsplit()))
