x = ()
x = (1,)
x = (1, 2,)
x = []
x = [1, *a, 2]
x = {}
x = {1: 2, **a, 3: 4}
x = {1, *a}
x = [i for i in range(10) if i if i > 2 for j in range(i)]
x = {i: j for i, j in z}
x = {i for i in z}
x = (i for i in z)
x = (i async for i in z)
f(x for x in y)
f((x for x in y), z)
f(*a, *b, **c, **d)
f(a, *b, c=1, *d, e=2, **f)
f(a)(b)(c)
f.a.b.c
f[a][b]
f(a,)
f(*a,)
f(**a,)
x = ...
x = None, True, False
x = a.b.c.d
x = "a" "b" 'c'
x = (((((((((((1)))))))))))
x = [[[[[[[[[[[]]]]]]]]]]]
x = lambda: (yield)
x = *a, *b
x = a, b
x = [*a]
x = f(**{'a': 1})
x = a if b else(c)
x = [x for x in[1]]
x = 1if x else 2
x = a.__class__.__name__
x = {**a}
x = {**a, 'b': 1, **c}
x = not not a
x = - + ~ a
x = a**b**c
x = (a)(b)
x = (a)[b]
x = (a).b
x = a[b:=1] if False else 0
x = [a:=1, b:=2]
x = {(a:=1): 2}
x = (yield x), (yield from y)
