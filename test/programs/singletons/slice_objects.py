# slice objects: attributes, indices(), use in __getitem__, equality, repr, and errors.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(5), slice(1, 2), slice(None, None, None), slice("a", [1], None), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(list(range(20))[s], "abcdefghijkl"[s], (1, 2, 3, 4)[slice(None, None, -1)], [0, 1, 2][slice(-100, 100)])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q["k"], q[1:2:3, ::-1])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: slice(1, 2, 0).indices(5)))
print(err(lambda: slice(1, 2).indices(-1)))
print(err(lambda: [1][slice("a", 1)]))
print(err(lambda: slice()))
print(err(lambda: hash(slice(1, 2))))
print(err(lambda: setattr(s, "start", 3)))
