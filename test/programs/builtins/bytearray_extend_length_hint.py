# bytearray.extend asks the iterable for its length hint after making the iterator and before the
# first item, so an exception from __len__ or __length_hint__ propagates (a TypeError from them
# is ignored); items convert one at a time, and nothing is appended when one fails
class BadLen:
    def __iter__(self):
        print("iter")
        return iter(range(3))
    def __len__(self):
        raise RuntimeError("from __len__")

class BadHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        raise RuntimeError("from __length_hint__")

class TypeErrHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        raise TypeError("ignored")

class NotImplHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return NotImplemented

class NegHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return -1

class StrHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return "x"

class NotIterable:
    def __len__(self):
        raise RuntimeError("never asked")

def gen():
    yield 1
    yield 300
    print("not reached")
    yield 2

for arg in [BadLen(), BadHint(), TypeErrHint(), NotImplHint(), NegHint(), StrHint(), NotIterable(), gen(), 5, [1, 2], (3,), b"xy", memoryview(b"mv")]:
    b = bytearray(b"ab")
    try:
        b.extend(arg)
        print("ok", b)
    except Exception as e:
        print(type(e).__name__, e, b)
