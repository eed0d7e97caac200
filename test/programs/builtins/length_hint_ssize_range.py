# A length hint (a __length_hint__ or __len__ result) may be any Py_ssize_t, sys.maxsize included:
# operator.length_hint returns it exactly, and list.extend (whose list could not grow by it)
# ignores it; past sys.maxsize it is an OverflowError, below zero a ValueError.
import sys, operator

class Hint:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return self.n

class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n

for label, n in [("0", 0), ("5", 5), ("maxsize", sys.maxsize),
                 ("maxsize+1", sys.maxsize + 1), ("-1", -1), ("-maxsize-2", -sys.maxsize - 2)]:
    try:
        print("hint", label, operator.length_hint(Hint(n)) == n)
    except Exception as e:
        print("hint", label, type(e).__name__, e)
    try:
        print("len", label, operator.length_hint(Len(n)) == n)
    except Exception as e:
        print("len", label, type(e).__name__, e)
    try:
        a = [1, 2, 3]
        a.extend(Hint(n))
        print("extend", label, a)
    except Exception as e:
        print("extend", label, type(e).__name__, e)
