# Assignment forms: multiple targets, nested unpacking, starred targets, attribute/subscript targets, swaps.
a = b = c = [1]
a.append(2)
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = "ab", "c"
print(p, q, r)
first, *rest = "hello"
*init, last = [1, 2, 3]
h, *m, t = range(5)
print(first, rest, init, last, h, m, t)
[a1, [b1, *c1]] = [1, [2, 3, 4]]
print(a1, b1, c1)
class Box:
    pass
box = Box()
box.x, box.y = 10, 20
d = {}
d["a"], d["b"] = "A", "B"
lst = [0] * 4
lst[0], lst[1:3] = "z", ["y", "x"]
print(vars(box), d, lst)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
n = 5
n += 1; n -= 2; n *= 3; n //= 2; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0b1111; n ^= 0b101
print(n)
s = "ab"
s *= 3
s += "!"
print(s)
t2 = (1,)
t2 += (2,)
print(t2)
lst2 = [1]
alias = lst2
lst2 += [2]
print(alias, lst2 is alias)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, tup)
def err(src):
    try:
        compile(src, "<assign>", "exec")
        return "compiles"
    except SyntaxError as e:
        return f"SyntaxError: {e.msg}"
for src in ["a, *b, *c = x", "*a = x", "f() = 1", "(a, b) += 1", "[a, b] = 1, 2", "a + 1 = 2", "del (a, b)", "x = *y,", "None = 1", "a.b.c, d[e] = 1, 2"]:
    print(repr(src), err(src))
