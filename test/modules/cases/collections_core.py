# _collections: deque, defaultdict, _count_elements, _tuplegetter.
from _collections import deque, defaultdict, _count_elements, _tuplegetter
import _collections

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

d = deque([1, 2, 3])
show("repr", repr, d)
d.append(4); d.appendleft(0)
show("appends", repr, d)
show("pop", d.pop)
show("popleft", d.popleft)
show("len", len, d)
show("getitem", lambda: (d[0], d[-1], d[1]))
show("getitem oob", lambda: d[5])
show("getitem slice", lambda: d[0:1])
show("getitem str", lambda: d["a"])
d[1] = "x"
show("setitem", repr, d)
del d[0]
show("delitem", repr, d)
show("empty pop", deque().pop)
show("empty popleft", deque().popleft)
m = deque(range(5), maxlen=3)
show("maxlen", lambda: (repr(m), m.maxlen, deque().maxlen))
m.appendleft(-1)
show("maxlen appendleft", repr, m)
m.extend([10, 11])
show("maxlen extend", repr, m)
m.extendleft("ab")
show("maxlen extendleft", repr, m)
show("maxlen insert", m.insert, 0, 9)
show("maxlen 0", lambda: repr(deque([1, 2], maxlen=0)))
show("maxlen neg", lambda: deque([], -1))
show("maxlen str", lambda: deque([], "a"))
show("deque kw", lambda: repr(deque(iterable=[1], maxlen=2)))
show("deque bad kw", lambda: deque(x=1))
show("deque 3 args", lambda: deque([], 1, 2))
r = deque(range(10))
r.rotate(3); show("rotate 3", repr, r)
r.rotate(-5); show("rotate -5", repr, r)
r.rotate(); show("rotate", repr, r)
r.rotate(23); show("rotate 23", repr, r)
r.reverse(); show("reverse", repr, r)
show("index", lambda: (r.index(3), r.index(3, 2), r.index(3, 2, 8)))
show("index missing", r.index, 99)
show("count", lambda: deque([1, 2, 1, 1]).count(1))
q = deque("abcb"); q.remove("b")
show("remove", repr, q)
show("remove missing", q.remove, "z")
q.insert(1, "X"); q.insert(-1, "Y"); q.insert(100, "Z")
show("insert", repr, q)
show("contains", lambda: ("X" in q, "nope" in q))
show("eq", lambda: (deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1, 0])))
show("add", lambda: repr(deque([1]) + deque([2])))
show("add list", lambda: deque([1]) + [2])
show("mul", lambda: (repr(deque([1, 2]) * 3), repr(2 * deque("a")), repr(deque([1, 2], maxlen=3) * 2)))
x = deque([1]); x += [2, 3]; x *= 2
show("inplace", repr, x)
show("extend self", lambda: (x.extend(x), repr(x))[1])
show("copy", lambda: (repr(x.copy()), x.copy() is x))
show("hash", lambda: deque.__hash__)  # the message names tp_name, collections.deque
show("bool", lambda: (bool(deque()), bool(deque([0]))))
show("reversed", lambda: list(reversed(deque([1, 2, 3]))))
it = iter(deque([1, 2, 3]))
show("iter hint", it.__length_hint__)
mut = deque([1, 2, 3])
def mutate():
    for v in mut:
        mut.append(v)
show("mutate", mutate)
rec = deque([1]); rec.append(rec)
show("recursive", repr, rec)
show("clear", lambda: (mut.clear(), repr(mut))[1])
show("iterator types", lambda: (type(iter(deque())).__name__, type(reversed(deque())).__name__))
show("reduce", lambda: deque([1, 2], 5).__reduce__()[:2])
class D(deque):
    pass
show("subclass", lambda: (repr(D([1])), repr(D([1], 2)), type(D([1]).copy()).__name__))
show("big", lambda: (lambda q: [q.popleft() for _ in range(3)] + [len(q)])(deque(range(100000))))
big = deque()
for i in range(1000):
    big.appendleft(i)
show("appendleft many", lambda: (big[0], big[-1], len(big), big[500]))

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
show("dd", repr, dd)
show("dd factory", lambda: dd.default_factory)
show("dd none", lambda: defaultdict()["x"])
show("dd int", lambda: (lambda d: (d["k"], d))(defaultdict(int)))
show("dd kw", lambda: repr(defaultdict(int, {"a": 1}, b=2)))
show("dd bad", lambda: defaultdict(5))
show("dd copy", lambda: (repr(dd.copy()), type(dd.copy()).__name__))
show("dd missing", lambda: defaultdict(lambda: 7).__missing__("z"))
show("dd get", lambda: (defaultdict(int).get("x"), "x" in defaultdict(int)))
show("dd or", lambda: (repr(defaultdict(int, a=1) | {"b": 2}), repr({"b": 2} | defaultdict(int, a=1))))
show("dd isinstance", lambda: (isinstance(dd, dict), defaultdict.__mro__))
dd2 = defaultdict(None, {1: 2})
show("dd none repr", repr, dd2)
dd2.default_factory = set
show("dd set factory", lambda: (dd2[5], repr(dd2)))
class DD(defaultdict):
    pass
show("dd subclass", lambda: repr(DD(int, x=1)))
show("dd reduce", lambda: defaultdict(int, a=1).__reduce__()[:2])

c = {}
_count_elements(c, "abracadabra")
show("count_elements", lambda: c)
class Counter(dict):
    def __missing__(self, k): return 0
c2 = Counter()
_count_elements(c2, [1, 2, 1])
show("count_elements sub", lambda: c2)
show("count_elements bad", lambda: _count_elements(c, 5))

class P(tuple):
    x = _tuplegetter(0, "the x")
    y = _tuplegetter(1, None)
p = P((3, 4))
show("tuplegetter", lambda: (p.x, p.y, P.x.__doc__, type(P.__dict__["x"]).__name__))
show("tuplegetter set", lambda: setattr(p, "x", 1))
show("tuplegetter del", lambda: delattr(p, "x"))
show("tuplegetter oob", lambda: P((1,)).y)
show("tuplegetter other", lambda: P.__dict__["x"].__get__([1], list))
show("module", lambda: (deque.__module__, defaultdict.__module__, sorted(n for n in dir(_collections) if not n.startswith("__") and n != "OrderedDict")))
show("generic alias", lambda: (repr(deque[int]), repr(defaultdict[str, list[int]]), deque[int].__origin__ is deque))
