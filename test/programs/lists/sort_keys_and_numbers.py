# list.sort / sorted: stability with keys and reverse, tuples of mixed kinds, raising keys and
# comparisons (the list keeps its items), and int/float operator results and errors.
import random
random.seed(5)
for n in [0, 1, 2, 31, 32, 33, 64, 65, 100, 1000, 3000]:
    a = [(random.randrange(10), i) for i in range(n)]
    b = sorted(a, key=lambda t: t[0])
    assert b == sorted(a, key=lambda t: t[0]), n
    print(n, b[:5], [x[1] for x in sorted(a, key=lambda t: t[0], reverse=True)][:8])
    c = a[:]; c.sort(reverse=True); print(c[:3])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,), (1, 'a', 0), ()]))
print(sorted([(1, 2.5), (1, 2), (1, True), (0.5, 'x')]))
print(sorted([3, 1.5, True, 2, -1, 0]))
print(sorted(["b", "a", "\U0001f600", "\uffff", "ab", ""]))
class T(tuple):
    def __lt__(s, o): return len(s) > len(o)
print(sorted([T((1,)), T((1, 2)), T(())]))
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
l = [3, 2, 1]
def k(x):
    if x == 1: raise KeyError(x)
    return x
try: l.sort(key=k)
except KeyError as e: print("key", e, l)
l = [3, 2, 1, 5, 4]
try: l.sort(key=k, reverse=True)
except KeyError as e: print("key", e, l)
l = list(range(10))
def m(x):
    l.append(1); return x
try: l.sort(key=m)
except ValueError as e: print(e)
class B:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 7 or o.v == 7: raise ValueError("bad")
        return s.v < o.v
l = [B(i) for i in [9, 3, 7, 1, 5, 0, 2, 8, 6, 4] * 10]
try: l.sort()
except ValueError as e: print(e, len(l), sorted(x.v for x in l) == sorted([9, 3, 7, 1, 5, 0, 2, 8, 6, 4] * 10))
nan = float('nan')
print(sorted([(1, nan), (1, 2.0), (0, nan)]))
print(sorted([[2, 1], [1, 2], [1]]))
x = list(range(100)); print(sorted(x, reverse=True)[:3], sorted(reversed(x))[:3])
print(1 // -5, -7 // 2, -7 % 2, 7 % -2, 0 // -3, -0 % 5, 7 / 2, 2 ** -1, 2 ** 10, 1 << 3, -9 >> 1, 5 & 3, 5 | 3, 5 ^ 3)
print(1.5 + 2, 2 - 0.5, 3 * 1.5, 1 / 4.0, 2.0 ** 0.5, (-8.0) ** (1/3), 0.1 + 0.2, 1e308 * 10, 7 // 2.0, 7.5 % 2)
for e in ["1/0", "1.0/0", "1/0.0", "1%0", "1//0", "0.0**-1", "1 << -1", "x=1\nx@=2", "x=1.0\nx@=2", "x=1\nx+='a'", "1.5 @ 2"]:
    try: exec(e)
    except Exception as ex: print(type(ex).__name__, ex)
x = 5; x %= 3; y = 2.5; y -= 1; z = 7; z //= 2; w = 3; w /= 2; print(x, y, z, w)
print(2 ** 100, (2**53) * 3, 10**20 // 7, -(2**60) % 7, 123456789 * 987654321)
