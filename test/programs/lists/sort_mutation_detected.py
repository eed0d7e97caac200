from functools import cmp_to_key

def attempt(label, L, **kw):
    try:
        L.sort(**kw)
        print(label, "ok", L)
    except ValueError as e:
        print(label, "ValueError:", e, L)

L = [1, 2]
def append_pop(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
attempt("append+pop", L, key=cmp_to_key(append_pop))

L = [3, 1, 2]
def clear_only(x, y):
    L.clear()
    return (x > y) - (x < y)
attempt("clear", L, key=cmp_to_key(clear_only))

L = [3, 1, 2]
def append_clear(x, y):
    L.append(9)
    L.clear()
    return (x > y) - (x < y)
attempt("append+clear", L, key=cmp_to_key(append_clear))

L = [3, 1, 2]
def insert_remove(x, y):
    L.insert(0, 7)
    L.remove(7)
    return (x > y) - (x < y)
attempt("insert+remove", L, key=cmp_to_key(insert_remove))

L = [3, 1, 2]
def extend_empty(x, y):
    L.extend([])
    L.extend(())
    L.__imul__(3)
    return (x > y) - (x < y)
attempt("extend-empty", L, key=cmp_to_key(extend_empty))

L = [3, 1, 2]
def copy_during(x, y):
    c = L.copy()
    c.append(1)
    return (x > y) - (x < y)
attempt("copy", L, key=cmp_to_key(copy_during))

L = [3, 1, 2]
def keyfn(x):
    L.append(x)
    return x
attempt("key-append", L, key=keyfn)

class WackyComparator(int):
    def __lt__(self, other):
        elem.__class__ = WackyList2
        return int.__lt__(self, other)
class WackyList1(list):
    pass
class WackyList2(list):
    def __lt__(self, other):
        raise ValueError("WackyList2.__lt__")
L = [WackyList1([WackyComparator(i), i]) for i in range(10)]
elem = L[-1]
attempt("wacky", L)
L = [WackyList1([WackyComparator(i), i]) for i in range(10)]
elem = L[-1]
T = [(x,) for x in L]
attempt("wacky-tuples", T)

class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3:
            A.__lt__ = lambda s, o: s.v > o.v
        return self.v < other.v
    def __repr__(self): return f"A({self.v})"
L = [A(i) for i in [5, 3, 8, 1, 9, 2, 7]]
attempt("class-lt-changed", L)
