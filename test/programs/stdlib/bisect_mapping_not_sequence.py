# bisect takes the length of its sequence with PySequence_Size: a builtin mapping (dict, OrderedDict,
# defaultdict, mappingproxy: mp_length without sq_length) is "X is not a sequence", even when empty
# (bisect.bisect({}, 1) returned 0) and before insort looks for insert; a class statement's dict
# subclass is sized (slot_sq_length). An explicit hi skips the length.
import bisect, collections, types


class D(dict):
    pass


for a in [{}, {1: 2}, D(), collections.OrderedDict(), collections.defaultdict(), types.MappingProxyType({}), collections.Counter(), memoryview(b""),
          {}.keys(), range(0), frozenset(), set(), "", b"", [], ()]:
    for f in (bisect.bisect, bisect.bisect_left, bisect.insort, bisect.insort_left):
        try:
            print(type(a).__name__, f.__name__, f(a, 1))
        except Exception as e:
            print(type(a).__name__, f.__name__, type(e).__name__, e)
print(bisect.bisect({}, 1, 0, 0), bisect.bisect({}, 1, hi=0))
