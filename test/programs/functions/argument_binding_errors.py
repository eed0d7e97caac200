# The TypeErrors of binding a Python function's arguments, in CPython 3.10's order: keywords first (multiple
# values, unexpected keyword, positional-only names passed as keywords, listed in parameter order), then too
# many positional, missing positional, missing keyword-only; methods, lambdas, *args/**kwargs, direct calls.
def t(f, *a, **k):
    try:
        f(*a, **k)
        print("ok")
    except TypeError as e:
        print(e)
def f(a, b): pass
def g(a, b=1, *, c, d=2): pass
def h(a, /, b, *, c): pass
def v(a, *args, b, **kw): pass
def po(a, b, /): pass
def pokw(a, b=2, /, **kw): pass
lam = lambda x, y=1: None
class C:
    def m(self, a, b=1): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a): pass
c = C()
cases = [
 (f, (1, 2, 3), {}), (f, (1, 2, 3), {'z': 1}), (f, (1,), {'z': 1}), (f, (1, 2), {'a': 1}), (f, (1, 2, 3), {'a': 1}),
 (f, (), {}), (f, (1,), {}), (f, (), {'b': 1}), (f, (1,), {'a': 2, 'z': 3}), (f, (1, 2), {'z': 1, 'a': 2}),
 (g, (), {}), (g, (1,), {}), (g, (1, 2, 3), {}), (g, (1, 2, 3), {'c': 1}), (g, (1, 2, 3, 4), {'c': 1}), (g, (1,), {'e': 1}),
 (g, (), {'c': 1}), (g, (1,), {'c': 1, 'a': 1}), (g, (1, 2, 3), {'x': 1}), (g, (1, 2), {'b': 1}),
 (h, (), {}), (h, (1,), {}), (h, (), {'a': 1, 'b': 2, 'c': 3}), (h, (1, 2), {'a': 1, 'c': 3}), (h, (1, 2, 3), {}), (h, (1,), {'a': 1}),
 (h, (1, 2, 3), {'c': 1}), (h, (), {'a': 1}), (h, (1, 2), {}), (h, (1, 2), {'c': 1, 'z': 2}), (h, (1,), {'b': 1, 'a': 2, 'c': 3}),
 (v, (), {}), (v, (1,), {}), (v, (), {'b': 1}), (v, (1, 2), {'a': 1}), (v, (1,), {'a': 1, 'b': 1}),
 (po, (), {}), (po, (1,), {}), (po, (1, 2, 3), {}), (po, (), {'a': 1, 'b': 2}), (po, (1, 2), {'a': 1}), (po, (1,), {'b': 2}), (po, (1, 2, 3), {'a': 1}),
 (pokw, (), {'a': 1}), (pokw, (1,), {'a': 1}), (pokw, (1, 2, 3), {}),
 (lam, (), {}), (lam, (1, 2, 3), {}), (lam, (1,), {'x': 1}), (lam, (1,), {'q': 1}),
 (C.m, (), {}), (c.m, (), {}), (c.m, (1, 2, 3), {}), (c.m, (1,), {'self': 1}), (c.m, (), {'z': 1}), (c.m, (1, 2, 3), {'z': 1}),
 (C.m, (c, 1, 2, 3), {}), (C.s, (1, 2), {}), (c.s, (), {}), (C.c, (), {}), (c.c, (1, 2), {}), (c.c, (1,), {'cls': 1}),
]
for fn, a, k in cases:
    print(getattr(fn, "__qualname__", fn), tuple(x if isinstance(x, int) else type(x).__name__ for x in a), k, end=" : ")
    t(fn, *a, **k)
def kwo(*, a, b, c=1, d): pass
t(kwo); t(kwo, 1); t(kwo, 1, 2); t(kwo, a=1); t(kwo, a=1, b=2, z=3); t(kwo, 1, a=1)
def many(a, b, c, d, e): pass
t(many); t(many, 1); t(many, 1, 2, 3); t(many, 1, 2, 3, 4)
def ko2(a, b=1, c=2): pass
t(ko2, 1, 2, 3, 4); t(ko2, 1, 2, 3, 4, 5)
def ko3(a, b=1, *, k=1): pass
t(ko3, 1, 2, 3); t(ko3, 1, 2, 3, k=4); t(ko3, 1, 2, 3, 4, 5, k=1, z=1)
def ko4(a, *, k): pass
t(ko4, 1, 2); t(ko4, 1, 2, k=1); t(ko4, 1, 2, 3, k=1)
def nk(): pass
t(nk, 1); t(nk, 1, 2); t(nk, a=1); t(nk, 1, a=1)
def onlykw(**kw): pass
t(onlykw, 1); t(onlykw, 1, a=1)
def star(*a): pass
t(star, x=1); t(star, 1, x=1)
# keywords that are not str
t(f, 1, 2, **{'a': 1}); 
try: f(**{1: 2})
except TypeError as e: print(e)
# multiple missing kw-only
def ko5(a, *, b, c, d): pass
t(ko5); t(ko5, 1); t(ko5, 1, b=1); t(ko5, b=1, c=2, d=3)
# generator/async function
def gen(a): yield a
t(gen); t(gen, 1, 2); t(gen, b=1)
# closure
def outer():
    x = 1
    def inner(a, b): return x
    return inner
t(outer(), 1, 2, 3); t(outer(), 1)
# defaults fill after kw
def dfl(a, b=1, c=2, d=3): pass
t(dfl, b=1); t(dfl, 1, 2, 3, 4, 5); t(dfl, 1, 2, 3, 4, a=1); t(dfl, 1, 2, e=5)
# posonly + kwargs collisions
def pk(a, b, /, c, **kw): pass
t(pk, 1, 2, 3, a=4, b=5); t(pk, 1, a=1); t(pk, 1, 2, c=1, a=2)
# positional-only parameters given as keywords
def h(a, b, /, c, *, d): pass
t(h, 1, 2, a=1, z=2); t(h, 1, 2, z=2, a=1); t(h, 1, 2, 3, z=2, a=1, b=3); t(h, 1, a=1, z=2)
t(h, 1, 2, 3, 4, 5, a=1); t(h, a=1); t(h, 1, 2, 3, c=1, a=1); t(h, 1, 2, c=3, d=4, a=1, b=2)
def hk(a, b, /, c, **kw): pass
t(hk, 1, 2, 3, 4, a=1); t(hk, a=1)
class C:
    def m(self, a, /, b): pass
t(C().m, 1, a=1, z=2); t(C().m, 1, z=2, a=1); t(C().m, self=1)
# direct call forms (CALL_FUNCTION_KW / CALL_METHOD_KW)
def f(a, b): pass
for thunk in [lambda: f(1, 2, 3, z=1), lambda: f(1, z=1), lambda: h(1, 2, a=1, z=2), lambda: h(1, 2, z=2, a=1), lambda: C().m(1, z=2, a=1), lambda: f(1, 2, 3, a=1),
              lambda: f(a=1, a2=2), lambda: h(1, 2, 3, 4, a=1, b=2), lambda: (lambda x, /: 0)(x=1), lambda: (lambda x, /, **k: k)(1, x=1, y=2)]:
    try: print(thunk())
    except TypeError as e: print(e)
t(h, 1, 2, 3, b=1, a=1); t(h, 1, 2, 3, a=1, c=5); t(h, 1, 2, 3, c=5, a=1)
