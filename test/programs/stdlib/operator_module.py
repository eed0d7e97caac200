# operator: function forms of every operator, itemgetter/attrgetter/methodcaller, in-place forms, index/length_hint.
import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.neg(4), op.pos(-4), op.abs(-2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(3, 2), op.gt(1, 2), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem("abc", 1), op.index(5), op.length_hint([1, 2, 3]), op.length_hint(iter(range(4))), op.length_hint(object(), 7))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.iadd([1], [2]), op.iconcat([1], [3]), op.imul([0], 2), op.ipow(2, 3), op.matmul.__name__)
records = [{"name": "b", "age": 30}, {"name": "a", "age": 25}]
print(sorted(records, key=op.itemgetter("name")), op.itemgetter(1, 0)("xy"), op.itemgetter(slice(1, None))("hello"))
class P:
    def __init__(self, x):
        self.x = x
        self.inner = self if x == 0 else P(0)
print(op.attrgetter("x")(P(5)), op.attrgetter("inner.x", "x")(P(5)), op.methodcaller("upper")("s"), op.methodcaller("split", ",")("a,b"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: op.index(1.5)), err(lambda: op.itemgetter(5)("ab")), err(lambda: op.attrgetter("nope")(P(1))), err(lambda: op.concat(1, 2)))
