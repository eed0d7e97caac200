# A generator made right before a call of any(), all() or next() as its only argument is closed when the call is done with it, early or not, as CPython drops the call's arguments; one bound to a name is not.
def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", name)

print(any(x > 1 for x in gen("any genexpr")))
print("after any")
print(all(x < 1 for x in gen("all genexpr")))
print("after all")
print(any(gen("any direct")))
print(next(gen("next direct")))
print("after next")
print(next(x for x in gen("next genexpr")))
print(any(x > 10 for x in gen("any exhausted")))
def f():
    return any(x == 2 for x in gen("in f"))
print(f())
g = gen("named")
print(any(g), "named stays open")
class Bad:
    def __bool__(self):
        raise ValueError("bad bool")
try:
    any(Bad() for x in gen("raising"))
except ValueError as e:
    print("caught", e)
def hot():
    return any(x == 1 for x in gen("hot", 3))
import sys
out = sys.stdout
class Count:
    n = 0
    def write(self, s):
        Count.n += s.count("finally")
sys.stdout = Count()
for i in range(2000):
    hot()
sys.stdout = out
print("hot", Count.n)
g.close()
