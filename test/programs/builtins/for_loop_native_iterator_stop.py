# A StopIteration raised inside a native iterator's step (a map's function, a filter's __bool__) ends a
# for loop or comprehension over it, as FOR_ITER takes tp_iternext's NULL with StopIteration set:
# in the interpreter and in compiled code (the inner loop of g runs hot).
def f(x):
    if x == 3: raise StopIteration("s")
    return x
out = []
for x in map(f, [1, 2, 3, 4]):
    out.append(x)
print(out, [x for x in map(f, [1, 2, 3, 4])], list(map(f, [1, 2, 3])), sum(map(f, [1, 2, 3])))
def g():
    r = []
    for _ in range(1200):
        for x in map(f, [1, 2, 3, 4]):
            r.append(x)
    return len(r)
print(g())
class B:
    def __bool__(self): raise StopIteration
print(list(filter(None, [1, B(), 2])), [v for v in zip([1, 2], map(f, [3, 4]))])
