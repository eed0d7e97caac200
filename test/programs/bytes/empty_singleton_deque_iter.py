# CPython keeps one empty bytes object, whatever makes it; deque iterators pickle and copy (__reduce__).
import pickle, collections, copy
x = b""
e = bytes()
print(x is e, b"abc"[3:] is e, bytes(0) is e, b"".join([]) is e, b"ab".replace(b"ab", b"") is e, bytes(bytearray()) is e)
print(b"xy"[:0] is e, b"x" * 0 is e, bytes([]) is e, bytes("", "ascii") is e, "".encode() is e, b"a".strip(b"a") is e)
class B(bytes):
    pass
print(B() is e, type(B()).__name__, B(b"") == e)
for rev in (False, True):
    d = collections.deque([1, 2, 3, 4])
    it = reversed(d) if rev else iter(d)
    next(it)
    print(it.__reduce__()[1][1], list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it))
