# PyNumber_AsSsize_t's overflow message names the indexed object's type (with IndexError for
# memoryview and pack_into), bytes() takes only an exact list's items directly, and struct's float
# packers turn any error of PyFloat_AsDouble into struct.error.
import struct
class A:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class L(list):
    def __iter__(self): return iter([7, 8])
class LBad(list):
    def __iter__(self): return 1
class F:
    def __float__(self): raise IndexError('i')
class FS:
    def __float__(self): return 'x'
def show(label, f):
    try: print(label, '->', repr(f()))
    except Exception as e: print(label, '!!', type(e).__name__, e)
show("bytes(L([1]))", lambda: bytes(L([1])))
show("bytes(LBad([1]))", lambda: bytes(LBad([1])))
show("bytearray(L([1]))", lambda: bytearray(L([1])))
show("bytearray(LBad([1]))", lambda: bytearray(LBad([1])))
for fmt in "d f e <d >f".split():
    show(f"struct.pack({fmt!r}, F())", lambda: struct.pack(fmt, F()))
    show(f"struct.pack({fmt!r}, FS())", lambda: struct.pack(fmt, FS()))
    show(f"struct.pack({fmt!r}, 'x')", lambda: struct.pack(fmt, 'x'))
show("memoryview(b'abc')[A(2**63)]", lambda: memoryview(b'abc')[A(2**63)])
show("memoryview(b'abc')[2**63]", lambda: memoryview(b'abc')[2**63])
show("memoryview(b'abc')[A(-4)]", lambda: memoryview(b'abc')[A(-4)])
show("bytearray(A(2**70))", lambda: bytearray(A(2**70)))
show("bytes(A(2**70))", lambda: bytes(A(2**70)))
show("[1][A(2**70)]", lambda: [1][A(2**70)])
show("'ab'[A(2**70)]", lambda: 'ab'[A(2**70)])
show("(1,)[A(2**64)]", lambda: (1,)[A(2**64)])
show("'ab' * A(2**70)", lambda: 'ab' * A(2**70))
show("[0] * A(2**70)", lambda: [0] * A(2**70))
show("range(10)[A(2**70)]", lambda: range(10)[A(2**70)])
show("b'ab'[A(2**70)]", lambda: b'ab'[A(2**70)])
b = bytearray(16)
show("struct.pack_into('b', b, A(2**70), 1)", lambda: struct.pack_into('b', b, A(2**70), 1))
show("[1,2].pop(A(2**70))", lambda: [1,2].pop(A(2**70)))
show("[1,2].insert(A(2**70), 0)", lambda: [1,2].insert(A(2**70), 0))
show("'abc'.find('b', A(2**70))", lambda: 'abc'.find('b', A(2**70)))
