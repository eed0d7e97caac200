# Calls leaving out parameters that have defaults, hot enough for the compiled tier: the defaults
# fill the frame (a default that is a cell of a closure too, a mutable default kept across calls,
# a frame reused after a call that gave every argument), and the errors for too few arguments.
def f(a, b=2, c=3):
    def g(): return a + b + c
    return g()
def h(a, b=[]):
    b.append(a); return len(b)
def pos(a, b=None, /, c=5): return (a, b, c)
class K:
    def m(self, x, y=7, z="z"): return (x, y, z)
k = K()
for i in range(400):
    r = (f(i), f(i, 1), f(i, 1, 1), h(i), pos(i), pos(i, 1), k.m(i), k.m(i, 0), K.m(k, i))
print(r, len(h.__defaults__[0]), h.__defaults__[0][-3:])
f.__defaults__ = (20, 30)
print(f(1), f(1, 2))
f.__defaults__ = (40,)
print(f(1, 2))
for args in [(), (1,)]:
    try: print(f(*args))
    except TypeError as e: print(e)
f.__defaults__ = None
try: f(1)
except TypeError as e: print(e)
try: k.m()
except TypeError as e: print(e)
print([pos(1), pos(1, 2), pos(1, 2, 3)])
