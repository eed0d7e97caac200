# Slice assignment and deletion on lists: growing, shrinking, extended slices and their errors.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = "ABCDEF"
print(a)
a[1::3] = [None] * len(a[1::3])
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
a[:] = []
print(a)
b = list(range(8))
b[5:2:-1] = "xyz"
print(b)
b[10:20] = [1]
print(b)
b[-2:] = ()
print(b)
b[1:1] = range(3)
print(b)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
c = list(range(6))
print(err(lambda: c.__setitem__(slice(None, None, 2), [1, 2])))
print(err(lambda: c.__setitem__(slice(0, 2), 5)))
print(err(lambda: c.__setitem__(slice(None, None, 0), [])))
print(err(lambda: c.__delitem__(10)))
print(c)
c[::-1] = c
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [0] * 5
e[1:4] = iter([7, 8])
print(e)
