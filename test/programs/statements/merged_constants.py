# The compiler merges a compilation unit's equal constants (merge_consts_recursive): a tuple,
# frozenset, complex, bytes or float constant is one object wherever it appears in the module's
# code objects, items of constant tuples included; constants of another type ((1,) and (1.0,) and
# (True,)) or sign (0.0 and -0.0) stay apart. pickle's memo (by id) shows it.
import pickle

x = (1, 2)


def f():
    return (1, 2), (1, 2)


p, q = f()
print(p is q, p is x)
t = ((1, 2), (1.0, 2), (True, 2), ("a", (1, 2)))
print(t[0] is x, t[0] is t[1], t[1] is t[2], t[3][1] is x)


def g():
    return 1j, (-0.0, 0.0), b"xy", 2.5


def h():
    return 1j, (-0.0, 0.0), b"xy", 2.5, 2 in {1, 2}


a, b, c, d = g()
print(a is h()[0], b is h()[1], b[0] is b[1], c is h()[2], d is h()[3])
lam = lambda: (1, 2)
print(lam() is x, [(1, 2)][0] is x, (lambda: ((1, 2), ("a", (1, 2))))()[1][1] is x)
print(pickle.dumps({(1, 2): 1, 3: (1, 2)}, 2))
print(pickle.dumps([(1, 2), f(), ("k", (1, 2))], 4))
print(pickle.dumps(((1, 2), (1.0, 2), (True, 2)), 1))
