# Argument-count and keyword errors as each builtin's calling convention words them: METH_O module
# functions (binascii.a2b_hex, _struct.calcsize), PyArg_UnpackTuple (time.asctime), PyArg_ParseTuple
# (time.get_clock_info, super, functools.cmp_to_key), static methods refusing keywords
# (bytes.maketrans); bisect converts hi with lo before checking lo; bytearray.extend of a
# non-iterable; hexlify/memoryview.hex convert bytes_per_sep first.
import time, binascii, struct, functools, bisect
tests = [lambda: time.asctime(1, 2, 3), lambda: time.ctime(1, 2, 3), lambda: time.gmtime(1, 2), lambda: time.localtime(1, 2), lambda: time.strftime(), lambda: time.sleep(1, 2), lambda: time.mktime(1, 2), lambda: time.asctime(x=1), lambda: time.ctime(x=1), lambda: time.strptime(), lambda: time.time(1), lambda: time.monotonic(x=1), lambda: time.get_clock_info(), lambda: time.perf_counter_ns(1),
  lambda: struct.calcsize(1, 2), lambda: struct.calcsize(), lambda: struct.calcsize(x=1), lambda: struct.unpack(1), lambda: struct.iter_unpack(1, 2, 3),
  lambda: bytes.maketrans(b'a', b'b', x=1), lambda: bytes.maketrans(b'a'), lambda: bytearray.maketrans(1, 2, 3),
  lambda: functools.cmp_to_key(1, 2, 3, i=''), lambda: functools.cmp_to_key(), lambda: functools.cmp_to_key(mycmp=1, x=2), lambda: functools.cmp_to_key(x=2),
  lambda: bisect.insort([1], 1, -1, {}), lambda: bisect.bisect_left([1], 1, -1, 'x'), lambda: bisect.bisect([1], 1, -1),
  lambda: super(1, 2, 3), lambda: super(1, 2, x=3), lambda: super(x=1), lambda: bytearray(b'x').extend(None), lambda: bytearray(b'x').extend(5), lambda: bytearray(b'x').extend([300]), lambda: bytearray(b'x').extend(['a']),
  lambda: memoryview(b'ab').hex(5, 'x'), lambda: memoryview(b'ab').hex('::', 1), lambda: memoryview(b'ab').hex(b'y', 2**70),
]
for name in ["a2b_base64", "a2b_hex", "unhexlify", "a2b_uu", "a2b_hqx", "b2a_hqx", "rlecode_hqx", "rledecode_hqx", "crc_hqx", "crc32", "b2a_base64", "hexlify", "b2a_uu"]:
    f = getattr(binascii, name)
    tests += [lambda f=f: f(b'a', b'b', b'c'), lambda f=f: f(zz=1), lambda f=f: f()]
import warnings
warnings.simplefilter("ignore")
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
import bisect
for a in ({1: 2}, 5, 'abc', [1, 3], (1, 3), range(5)):
    for f in (bisect.bisect, bisect.insort):
        try: print(f(a, 2))
        except Exception as e: print(type(e).__name__, e)
import types, collections
for a in (types.MappingProxyType({0: 1}), collections.OrderedDict({0: 1}), collections.Counter('ab')):
    try: print(bisect.bisect(a, 2))
    except Exception as e: print(type(e).__name__, e)
import re, operator
class D(dict): pass
class M:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
for x in (D(a=1), {0: 1}, M(), re.match('a', 'a')):
    try: print(list(iter(x)))
    except Exception as e: print(type(e).__name__, e)
    try: print(operator.countOf(x, 1), operator.indexOf(x, 1))
    except Exception as e: print(type(e).__name__, e)
    try: print([*x])
    except Exception as e: print(type(e).__name__, e)
