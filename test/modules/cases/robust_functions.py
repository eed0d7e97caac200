# Every function of the native modules over odd arguments: each call returns or raises a Python
# exception, never an internal error (SystemError from a JavaScript exception).
import math, cmath, time, itertools, _collections, _functools, _random, _sha512, _operator, _heapq, _bisect
vals = [None, 0, 1, -1, 2**70, -2**70, 0.5, -0.0, float("inf"), float("nan"), "s", b"b", [1, 2], (1,), {}, 1j, True, object(), len, range(3)]
mods = [math, cmath, time, itertools, _collections, _functools, _random, _sha512, _operator, _heapq, _bisect]
bad = 0
n = 0
for m in mods:
    for name in dir(m):
        if name.startswith("__") or name in ("sleep", "strptime"):
            continue
        f = getattr(m, name)
        if not callable(f):
            continue
        for a in vals:
            for args in [(), (a,), (a, a), (a, 2), (2, a), (a, a, a)]:
                n += 1
                try:
                    r = f(*args)
                    if isinstance(r, itertools.count.__mro__[0]) or hasattr(r, "__next__"):
                        for _ in zip(range(5), r):
                            pass
                    repr(r)
                except Exception as e:
                    if type(e).__name__ in ("SystemError",):
                        bad += 1
                        print(m.__name__, name, repr(args)[:60], type(e).__name__, str(e)[:150])
print("calls", n, "internal errors", bad)
