# deque(iterable, maxlen): maxlen is converted as PyLong_AsSsize_t does (an int, no __index__; its
# own overflow message), then checked for a negative value.
import collections
class X:
    def __index__(self): return 3
for m in [X(), 2**70, -2**70, True, 2.0, "3", -1]:
    try:
        print(collections.deque([1, 2, 3, 4], m))
    except Exception as e:
        print(type(e).__name__, e)
