# int.from_bytes reads its argument as bytes(x) does (PyObject_Bytes): __bytes__ first (also on a
# bytes subclass), then any buffer (an array's raw bytes), then an iterable of ints.
import array

class ValidBytes:
    def __bytes__(self):
        return b"\x01"

class InvalidBytes:
    def __bytes__(self):
        return "abc"

class MissingBytes:
    pass

class RaisingBytes:
    def __bytes__(self):
        1 / 0

class G:
    def __getitem__(self, i):
        if i < 3:
            return i + 1
        raise IndexError

class BB(bytes):
    pass

class WithBytes(bytes):
    def __bytes__(self):
        return b"\x05"

class BA(bytearray):
    def __bytes__(self):
        return b"\x06"

cases = [ValidBytes(), InvalidBytes(), MissingBytes(), RaisingBytes(), [256], [-1], [1.0], (1, 2),
         iter([1, 2]), G(), memoryview(b"\x01\x02"), array.array("H", [1, 2]), bytearray(b"\x03"),
         BB(b"\x04"), WithBytes(b"\x07"), BA(b"\x08"), {1: 2}, None, 5, "ab", b"", [255, 0]]
for o in cases:
    for order in ("big", "little"):
        try:
            print(type(o).__name__, order, int.from_bytes(o, order), int.from_bytes(o, order, signed=True))
        except Exception as e:
            print(type(o).__name__, order, type(e).__name__, e)
