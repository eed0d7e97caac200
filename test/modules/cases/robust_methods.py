# Every method of the native modules' objects over odd arguments: no internal errors.
import math, time, itertools, _collections, _functools, _random, _sha512, _operator
vals = [None, 0, 1, -1, 2**70, -2**70, 0.5, float("nan"), "s", b"b", [1, 2], (1,), {}, 1j, True, len]
def makers():
    return [_collections.deque([1, 2, 3]), _collections.deque([1], 2), _collections.defaultdict(list, a=1), _functools.partial(max, 1),
            _random.Random(1), _sha512.sha512(), time.gmtime(0), itertools.count(), itertools.repeat(1, 3), itertools.tee([1, 2])[0],
            _functools.cmp_to_key(lambda a, b: 0)(1), _collections._tuplegetter(0, "d"), _operator.itemgetter(0), _operator.attrgetter("real"),
            _operator.methodcaller("upper")]
bad = 0
n = 0
for proto in makers():
    for name in dir(proto):
        if name in ("__class__", "__init_subclass__", "__subclasshook__", "__new__", "__del__"):
            continue
        for a in vals:
            for args in [(), (a,), (a, a), (a, 2), (2, a)]:
                obj = [o for o in makers() if type(o) is type(proto)][0]
                try:
                    f = getattr(obj, name)
                except Exception:
                    continue
                if not callable(f):
                    continue
                n += 1
                try:
                    r = f(*args)
                    repr(r)
                except Exception as e:
                    if type(e).__name__ == "SystemError":
                        bad += 1
                        print(type(obj).__name__, name, repr(args)[:50], str(e)[:150])
print("calls", n, "internal errors", bad)
