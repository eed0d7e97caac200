# The length hint list(), tuple(), sorted(), [*x], list.extend and f(*x) take from a class's
# __len__/__length_hint__ (PyObject_LengthHint), special methods found through descriptors, and
# sys.getsizeof through __sizeof__.
import sys, operator
class LH:
    def __init__(self, hint):
        self.hint = hint
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        print("hint called")
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint
for hint in (5, -1, 2.5, NotImplemented, TypeError("t"), ValueError("v"), 2**70):
    for make in (list, tuple, sorted, lambda x: [*x], lambda x: [].extend(x), lambda x: print(*x)):
        try:
            r = make(LH(hint))
            print("ok", r)
        except Exception as e:
            print(type(e).__name__, e)
print(operator.length_hint(LH(3)), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(LH(NotImplemented), 7))
class WithLen:
    def __iter__(self):
        return iter("ab")
    def __len__(self):
        print("len called")
        return 2
print(list(WithLen()), tuple(WithLen()))
class BadLen:
    def __iter__(self):
        return iter("ab")
    def __len__(self):
        raise TypeError("no len")
    def __length_hint__(self):
        print("hint after len TypeError")
        return 1
print(list(BadLen()))
class S:
    def __sizeof__(self):
        return 10
class Bad:
    def __sizeof__(self):
        return -1
class F:
    def __sizeof__(self):
        return 1.5
print(sys.getsizeof(S()) - 10 in (8, 16), sys.getsizeof(S(), 5) - 10 in (8, 16))
for o in (Bad(), F()):
    for args in ((o,), (o, "dflt")):
        try:
            print(sys.getsizeof(*args))
        except Exception as e:
            print(type(e).__name__, e)
print(sys.getsizeof(S) > 0, sys.getsizeof(1) > 0, sys.getsizeof(default=3, object=S()) - 10 in (8, 16))

