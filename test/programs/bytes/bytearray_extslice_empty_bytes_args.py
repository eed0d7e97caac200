def t(f):
    try: r = f(); print(type(r).__name__, r)
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b'abcdefgh'); b[1:-1:2] = b""; print(b)
b = bytearray(b'abcdefgh'); b[::-3] = bytearray(); print(b)
b = bytearray(b'abcdefgh'); b[::3] = []; print(b)
b = bytearray(b'abcdefgh'); b[2:2:2] = b""; print(b)
b = bytearray(b'abcdefgh'); m = memoryview(b)
def f(): b[1:-1:2] = b""
t(f); m.release()
for T in (bytes, bytearray):
    t(lambda: T('', b'ascii'))
    t(lambda: T('', 'ascii', b'strict'))
    t(lambda: T('a', encoding=1))
    t(lambda: T(b'a', errors=1))
class OtherBytesSubclass(bytes): pass
class A:
    def __bytes__(self): return OtherBytesSubclass(b'abc')
class BS(bytes): pass
print(type(bytes(A())).__name__, bytes(A()), type(BS(A())).__name__, BS(A()))
class C:
    def __bytes__(self): return bytearray(b'x')
t(lambda: bytes(C()))
