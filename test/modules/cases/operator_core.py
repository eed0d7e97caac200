# _operator: every function over a few operand pairs (results and messages), and the getters.
import _operator as op

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

PAIRS = [(7, 3), (2.5, 2), ("ab", "c"), ([1], [2]), ((1,), (2, 3)), (True, 3), (5, "x"), (None, 1), (3, 0), ({1}, {1, 2}), (-7, 2)]
TWO = ["add", "and_", "floordiv", "lshift", "mod", "mul", "or_", "pow", "rshift", "sub", "truediv", "xor", "matmul",
       "eq", "ne", "lt", "le", "gt", "ge", "is_", "is_not", "concat", "contains", "countOf", "indexOf", "getitem",
       "iadd", "iand", "ifloordiv", "ilshift", "imod", "imul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor", "iconcat", "imatmul"]
for name in TWO:
    f = getattr(op, name)
    for a, b in PAIRS:
        show(name, f, a, b)
ONE = ["abs", "neg", "pos", "inv", "invert", "not_", "truth", "index", "length_hint"]
for name in ONE:
    f = getattr(op, name)
    for a in [5, -2.5, True, "s", [1, 2], None, 2**70, iter([1, 2, 3]), range(4)]:
        show(name, f, a)
show("add 1 arg", op.add, 1)
show("neg 0 args", op.neg)
show("index kw", lambda: op.index(a=1))
l = [1, 2, 3]
show("setitem", lambda: (op.setitem(l, 0, 9), l))
show("delitem", lambda: (op.delitem(l, 0), l))
show("length_hint default", op.length_hint, object(), 7)
show("length_hint bad default", op.length_hint, object(), "x")
class H:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
for v in [3, -1, "x", NotImplemented]:
    show("length_hint obj", op.length_hint, H(v), 9)
show("digest", op._compare_digest, "abc", "abc")
show("digest2", op._compare_digest, b"abc", b"abd")
show("digest3", op._compare_digest, "abc", b"abc")
show("digest4", op._compare_digest, "é", "é")
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1, slice(1, 2))
show("itemgetter", lambda: (ig("abc"), ig2([1, 2, 3]), repr(ig), repr(ig2), ig.__reduce__()))
show("itemgetter none", op.itemgetter)
show("itemgetter call", ig, "a")
ag = op.attrgetter("real", "imag")
show("attrgetter", lambda: (ag(3 + 4j), op.attrgetter("__class__.__name__")(5), repr(ag), repr(op.attrgetter("a.b"))))
show("attrgetter int", op.attrgetter, 5)
show("attrgetter missing", lambda: op.attrgetter("nope")(5))
mc = op.methodcaller("split", ",", maxsplit=1)
show("methodcaller", lambda: (mc("a,b,c"), repr(mc), op.methodcaller("upper")("x"), repr(op.methodcaller("upper"))))
show("methodcaller none", op.methodcaller)
show("methodcaller int", op.methodcaller, 5)
show("methodcaller reduce", lambda: op.methodcaller("f", 1).__reduce__())
show("types", lambda: (type(ig).__name__, type(ig).__module__, type(ag).__name__, type(mc).__name__))
show("names", lambda: sorted(n for n in dir(op) if not n.startswith("__")))
