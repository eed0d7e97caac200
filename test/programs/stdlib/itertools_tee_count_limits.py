# itertools.tee's n is a Py_ssize_t (OverflowError past it, before the n >= 0 check), and 0 gives
# () without asking for an iterator. An n far past what memory holds used to run dislab's process
# out of heap; it is MemoryError now, as CPython's tuple of n tees fails to allocate (not shown:
# the 32-bit oracle's Py_ssize_t ends at 2**31).
import itertools

for args in [("x", 2**70), ("x", -2**70), ("x", -1), (5, 0), (5, 1), ("ab", 3), ("x", 2.0), ("x", True)]:
    try:
        r = itertools.tee(*args)
        print(args[1], len(r), [list(t) for t in r])
    except Exception as e:
        print(args[1], type(e).__name__, e)
