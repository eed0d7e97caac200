# random.py (CPython's own Lib) over the native math, _random, itertools and _sha512, plus heapq.py
# and bisect.py. Until the VM has os, warnings and _abc/_weakref, this program puts minimal stand-ins
# for those three modules in sys.modules (and restores sys.modules at the end, on both sides).
import sys
_names = ("os", "warnings", "_collections_abc", "random", "bisect", "heapq")
_saved = {k: sys.modules.get(k) for k in _names}
try:
    _M = type(sys)
    _w = _M("warnings"); _w.warn = lambda *a, **k: None; sys.modules["warnings"] = _w
    _o = _M("os"); _o.urandom = lambda n: bytes(n); sys.modules["os"] = _o
    _c = _M("_collections_abc"); _c.Set = frozenset; _c.Sequence = object; sys.modules["_collections_abc"] = _c
    for _k in ("random", "bisect", "heapq"):
        sys.modules.pop(_k, None)
    import random, heapq, bisect

    random.seed(42)
    print([random.random() for _ in range(5)])
    print(random.randint(1, 100), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.getrandbits(100), random.randrange(0, 1000, 7), random.choices("abc", k=10), random.choices("abc", [1, 2, 3], k=5))
    r = random.Random(5)
    print(r.random(), r.expovariate(2), r.betavariate(2, 3), r.triangular(), r.normalvariate(1, 2), r.lognormvariate(0, 1))
    print(r.vonmisesvariate(1, 2), r.gammavariate(0.5, 1), r.gammavariate(3, 2), r.paretovariate(3), r.weibullvariate(1, 2))
    for seed in ["hello", b"bytes", "", 12345678901234567890, -7]:
        random.seed(seed)
        print(repr(seed), random.random(), random.randrange(10**30))
    random.seed("x", version=1)
    print(random.random())
    st = random.getstate()
    a = random.random()
    random.setstate(st)
    print(a == random.random(), len(st), st[0])
    print(random.Random(1).sample(range(10**6), 3), random.Random(2).randbytes(5))

    h = []
    for v in [5, 3, 8, 1, 9, 2]:
        heapq.heappush(h, v)
    print(h, heapq.heappop(h), heapq.nsmallest(3, [7, 1, 5, 3]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))
    print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.insort([1, 3], 2))
finally:
    for _k, _v in _saved.items():
        if _v is None:
            sys.modules.pop(_k, None)
        else:
            sys.modules[_k] = _v
