# --- arithmetic, unary, boolean chains
x = -a + b * c ** d // e % f @ g - (h << i >> j) & k | l ^ ~m
y = a and b or c and not d
z = (a or b) and (c or d or e)
# --- comparison chains and is/in
r = a < b <= c == d != e > f >= g
s = a is b, a is not b, a in b, a not in b
t = 1 < x < 3
# --- conditional expressions and walrus
v = a if b else c if d else e
if (n := len(a)) > 10 and (m := n + 1):
    print(n, m)
# --- displays with constants and stars
a = [1, 2, 3]
b = (1, 2, 3)
c = {1, 2, 3}
d = {'a': 1, 'b': 2}
e = [*x, 1, *y]
f = (*x, 1)
g = {*x, *y, 1}
h = {**x, 'a': 1, **y, 'b': 2, 'c': 3}
i = [x, y]
j = {x: y, z: w}
k = {}
l = []
m = ()
# --- big displays (STACK_USE_GUIDELINE)
a = [x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x22, x23, x24, x25, x26, x27, x28, x29, x30, x31]
d = {k0: v0, k1: v1, k2: v2, k3: v3, k4: v4, k5: v5, k6: v6, k7: v7, k8: v8, k9: v9, k10: v10, k11: v11, k12: v12, k13: v13, k14: v14, k15: v15, k16: v16, k17: v17}
e = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16, 'q': 17}
# --- subscripts and slices
a[1]; a[1:2]; a[::3]; a[1:2, 3]; a[x:y:z]
a[1] = 2
del a[1], a.b, c
a[1:2] += 3
a.b += 1
c += 1
a.b.c(1)[2].d = 3
# --- calls
f()
f(1, 2, x=3)
f(*a)
f(*a, *b)
f(1, *a, x=2, **k)
f(**k)
f(**k, **j)
f(a, b=1, **k, c=2)
o.m(1, 2)
o.m(*a)
o.m(x=1)
o.m(1)(2).n()
# --- many call arguments
f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30)
o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30)
f(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16)
f(*a, k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10, k11=11, k12=12, k13=13, k14=14, k15=15, k16=16)
# --- f-strings
a = f'{x}'
b = f'a{x!r}b{y:>{w}}c{z!s:10}'
c = f'{x=}'
d = f'{"nested" + f"{y}"}'
e = f'{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}{w}{x}{y}{z}{a}{b}{c}{d}{e}{f}'
# --- multi-line expressions and attribute lines
x = (a
     .b
     .c(1,
        2)
     .d)
f(
  a,
  b)
y = [
  1,
  2]
obj.attr = (
    value)
# --- comprehensions
a = [x for x in y]
b = {x for x in y if x if not x}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = [x + y for x in a for y in b if x]
f = [y for x in a for y in [x]]
g = [[y for y in x] for x in z]
h = [
  x
  for x in y]
# --- lambda
f = lambda: 0
g = lambda x, y=1, *a, z, w=2, **k: x + y
h = lambda: (yield)
i = lambda: (
  x)
# --- constant-folded and optimised forms
a = 1 + 2 * 3
b = -1
c = (1, 2) + (3,)
d = "a" * 3
e = x in [1, 2, 3]
f = x in {1, 2, 3}
for i in [1, 2]: pass
g = not a is b
h = __debug__
