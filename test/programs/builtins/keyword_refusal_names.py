# Builtins and module functions given a keyword they do not take (and wrong argument counts): the
# message names the function as CPython's calling convention does - 'module.name()' for METH_FASTCALL,
# METH_O and METH_NOARGS functions (_PyObject_FunctionStr), the bare name for METH_VARARGS ones
# (math.log) - and bisect binds its arguments in Argument Clinic's order.
import math, operator, struct, itertools, time, cmath, binascii, zlib, _json, codecs, unicodedata, functools, heapq, bisect, random, array, sys, os, marshal
fns = [math.log, math.dist, math.hypot, math.sqrt, math.pow, math.gcd, math.fsum, math.isqrt, math.atan2, math.ldexp, math.copysign, math.factorial, math.floor, math.trunc, math.frexp, math.modf, math.perm, math.comb, math.nextafter, math.ulp,
       operator.add, operator.itemgetter, operator.not_, operator.length_hint, operator.index, operator.concat, operator.countOf, operator.contains, operator.setitem,
       struct.pack, struct.unpack, struct.calcsize, struct.iter_unpack, struct.pack_into, struct.unpack_from,
       time.sleep, time.time, time.strftime, time.localtime, time.gmtime, time.mktime, time.asctime, time.perf_counter,
       cmath.sqrt, cmath.phase, cmath.rect, cmath.log, binascii.hexlify, binascii.crc32, zlib.crc32, zlib.adler32, codecs.lookup, codecs.encode, unicodedata.name, unicodedata.category,
       heapq.heappush, heapq.heappop, heapq.heapify, bisect.bisect, random.random, functools.reduce, sys.getsizeof, sys.intern, sys.exit, sys.getrecursionlimit, os.getcwd, os.fspath, marshal.dumps, marshal.loads,
       abs, len, repr, chr, ord, hex, divmod, pow, round, iter, next, getattr, hash, id, callable, isinstance, issubclass, sum, min, any, all, ascii, format, vars, dir, input, print, sorted, open, compile, eval, exec, globals, locals, delattr, setattr, hasattr, bin, oct, max]
for f in fns:
    try:
        f(1, zzz=2)
        print(f.__name__, "ok")
    except TypeError as e:
        print(f.__name__, e)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in ["a".join, [].append, {}.get, b"".hex, bytes.fromhex, int.from_bytes, (1).to_bytes, [].index, "a".count, dict.fromkeys, str.maketrans, float.fromhex, (1.5).hex, {}.pop, set().add, [].insert, "".startswith]:
    try:
        f(1, zzz=2)
        print(f.__qualname__, "ok")
    except TypeError as e:
        print(f.__qualname__, e)
    except Exception as e:
        print(f.__qualname__, type(e).__name__, e)
import sys, os, codecs
for f, args in [(sys.getrecursionlimit, (1,)), (sys.exc_info, (1,)), (sys.settrace, ()), (sys.gettrace, (1,)), (sys.setprofile, (1, 2)), (sys.getprofile, (1,)), (sys.call_tracing, (1,)), (sys.getdefaultencoding, (1,)), (sys.intern, ()), (sys.exit, (1, 2)), (os.getcwd, (1,)), (codecs.lookup, ()), (codecs.lookup, (1, 2)), (bytes.fromhex, ()), (bytearray.fromhex, (1, 2)), (sys.setrecursionlimit, ()), (sys.getfilesystemencoding, (1,))]:
    try: f(*args); print("ok")
    except TypeError as e: print(e)
import bisect
for args, kw in [((1,), {"zzz": 2}), (([1, 2], 1, 0, 2, 5), {}), (([1, 2],), {"x": 1, "lo": 0, "hi": 1, "key": None, "a": 3}), (([1], 1), {"a": 2}), (([1], 1), {"zzz": 2}), ((), {}), (([1, 2], 1), {"key": None, "lo": -1})]:
    for f in (bisect.bisect_right, bisect.insort_left):
        try: print(f(*args, **kw))
        except Exception as e: print(type(e).__name__, e)
