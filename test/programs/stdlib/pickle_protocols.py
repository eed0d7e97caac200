# pickle.dumps of every protocol 0-5, byte for byte, and loads round trips: bytes (high bytes,
# empty, repeated constants), bytearray, sets, frozensets, nested and slotted classes, copyreg's
# protocol 0/1 reduction of plain instances, __reduce__/__getstate__, recursive containers.
import collections
import copyreg
import pickle

class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            return type(o) is type(self) and o.v == self.v

class Plain:
    def __init__(self):
        self.a = b"\x80\xff"
        self.b = [1, 2]
    def __eq__(self, o):
        return type(o) is type(self) and o.__dict__ == self.__dict__

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x=None, y=None):
        self.x = x
        self.y = y
    def __getstate__(self):
        return (self.x, self.y)
    def __setstate__(self, st):
        self.x, self.y = st
    def __eq__(self, o):
        return type(o) is type(self) and (o.x, o.y) == (self.x, self.y)

class Bare:
    __slots__ = ("x",)

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 2,))
    def __eq__(self, o):
        return type(o) is type(self)

class MyList(list):
    pass

class MyInt(int):
    pass

Point = collections.namedtuple("Point", "x y")

values = [
    b"", b"a", b"abc", b"\x00\x80\xff" * 3, bytes(range(256)), (b"x",) * 2, (b"dup", b"dup"),
    bytearray(b""), bytearray(b"\xe9t\xe9"), {b"k": frozenset({1, 2})}, {3, 4}, frozenset(), set(),
    Outer.Inner(b"\xc3\xa9"), Plain(), Slotted(b"\x01", bytearray(b"\x02")), Reduced(4),
    MyList([1, b"z"]), MyInt(7), Point(1, b"p"), collections.OrderedDict(a=b"\x01"),
    "é€😀", 1 << 70, -5, 3.5, -0.0, None, True, [1.5, 1.5], (), ((),), Ellipsis, NotImplemented,
    range(3), slice(1, None, 2), complex(1, -2), 2 ** 31, -(2 ** 31) - 1, 255, 256, 65535, 65536,
]
for i, v in enumerate(values):
    for p in range(6):
        d = pickle.dumps(v, protocol=p)
        r = pickle.loads(d)
        same = r == v or (v != v)
        print(i, p, same, type(r).__name__, d)

# shared and recursive structures keep their shape
shared = [b"s"]
data = [shared, shared, {"self": None}]
data[2]["self"] = data
for p in range(6):
    r = pickle.loads(pickle.dumps(data, protocol=p))
    print(p, r[0] is r[1], r[2]["self"] is r, r[0])

for p in range(6):
    try:
        pickle.dumps(Bare(), protocol=p)
        print(p, "ok")
    except TypeError as e:
        print(p, "TypeError", e)

r = copyreg._reduce_ex(Plain(), 0)
print(r[0].__name__, r[1], Plain.__new__ is object.__new__, int.__new__.__self__ is int, type(int.__new__).__name__)
print(pickle.loads(pickle.dumps(Plain(), 0)).__dict__)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)

# X.__new__ of a builtin type is tp_new_wrapper: a builtin method bound to the type
import inspect
print(int.__new__.__doc__, int.__new__.__text_signature__, inspect.signature(object.__new__))
print(int.__new__.__name__, int.__new__.__qualname__, str(int.__new__).split(" at ")[0], Plain.__new__ is object.__new__)
print(int.__new__(MyInt, 5), type(int.__new__(MyInt, 5)).__name__)
for args in [(), (str,), (5,)]:
    try:
        int.__new__(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
