# _functools: reduce, partial, cmp_to_key.
import _functools
from _functools import reduce, partial, cmp_to_key

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

add = lambda a, b: a + b
show("reduce", reduce, add, [1, 2, 3, 4])
show("reduce init", reduce, add, [1, 2], 10)
show("reduce empty", reduce, add, [])
show("reduce empty init", reduce, add, [], 5)
show("reduce str", reduce, add, "abc")
show("reduce noniter", reduce, add, 5)
show("reduce 1 arg", reduce, add)
show("reduce 4 args", reduce, add, [], 1, 2)
show("reduce kw", lambda: reduce(add, [1], initial=1))
show("reduce one", reduce, add, [7])

def f(*args, **kw):
    return (args, sorted(kw.items()))
p = partial(f, 1, 2, a=3)
show("partial call", p, 4, b=5)
show("partial override", p, a=9)
show("partial attrs", lambda: (p.func is f, p.args, p.keywords))
show("partial repr", lambda: repr(partial(len, [1, 2])))
show("partial repr kw", lambda: repr(partial(max, 1, key=abs)))
q = partial(p, 7, c=8)
show("partial flatten", lambda: (q.func is f, q.args, q.keywords, q()))
show("partial no args", lambda: partial())
show("partial noncallable", lambda: partial(5))
show("partial reduce", lambda: partial(max, 1, key=abs).__reduce__()[1:])
p.attr = 5
show("partial dict", lambda: (p.attr, p.__dict__))
show("partial readonly", lambda: setattr(p, "func", len))
class MyPartial(partial):
    pass
mp = MyPartial(min, 3)
show("partial subclass", lambda: (repr(mp), mp(1), type(MyPartial(mp)).__name__, MyPartial(mp).func is mp))
show("partial setstate", lambda: (lambda x: (x.__setstate__((len, ("ab",), None, None)), x())[1])(partial(min)))
show("partial setstate bad", lambda: partial(min).__setstate__((1, 2)))
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
show("partial recursive", lambda: repr(rec)[:25])
show("partial type", lambda: (partial.__module__, partial.__name__, type(p).__name__))

def cmp(a, b):
    return (a > b) - (a < b)
show("cmp_to_key sort", lambda: sorted([3, 1, 2], key=cmp_to_key(cmp)))
show("cmp_to_key rev", lambda: sorted("bca", key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
show("K compare", lambda: (K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) > K(1), K(1) != K(2)))
show("K obj", lambda: K(5).obj)
show("K other", lambda: K(1) < 5)
show("K hash", lambda: type(K(1)).__hash__)  # hash() names tp_name, functools.KeyWrapper
show("K no args", lambda: K())
show("K kw", lambda: K(obj=3).obj)
show("cmp_to_key kw", lambda: cmp_to_key(mycmp=cmp)(1).obj)
show("cmp_to_key none", lambda: cmp_to_key())
show("K type", lambda: (type(K).__name__, type(K(1)).__name__))
show("dir", lambda: sorted(n for n in dir(_functools) if not n.startswith("__") and n != "_lru_cache_wrapper"))
show("generic alias", lambda: (repr(partial[int]), partial[int].__args__))
