# repr(bytearray) escapes every single quote (bytearray_repr), also inside double quotes; deleting from
# the front (del ba[:n], del ba[0]) and appending afterwards keep the contents right, also with a
# live view refusing the resize; draining a large bytearray from the front finishes promptly.
for b in [b"%&'", b"'\"", b"\\", b"a'b", b'a"b', b"\x00\x7f\x80\xff\t\n\r", b"'", b'"', b"\"'\\"]:
    print(repr(b), repr(bytearray(b)), str(bytearray(b)), ascii(bytearray(b)))
class BA(bytearray): pass
print(repr(BA(b"x'\"")))
print(f"{bytearray(b'q')!r}")
print(repr(bytearray()))
ba = bytearray(b"hello world, this is a buffer")
del ba[:6]; print(ba, len(ba))
del ba[0]; print(ba)
ba += b"!!"; print(ba)
ba.append(63); print(ba)
m = memoryview(ba)
try:
    del ba[:2]
except BufferError as e:
    print("BufferError", e)
m.release()
del ba[:2]; print(ba)
ba[0] = 88; print(ba)
x = bytes(ba); ba[1] = 89; print(x, ba)
# a queue of records
q = bytearray()
out = []
for i in range(2000):
    q += b"rec%04d;" % i
    while b";" in q:
        j = q.index(b";")
        out.append(bytes(q[:j]))
        del q[:j + 1]
print(len(out), out[:2], out[-1], q)
ba = bytearray(b"abcdef"); c = ba.copy(); del ba[:3]; ba.extend(b"XYZW"); print(ba, c)
ba = bytearray(b"abc"); del ba[:3]; print(ba, len(ba)); ba.append(1); print(ba)
ba = bytearray(b"abcdef"); del ba[:-2]; print(ba); del ba[-1:]; print(ba)
big = bytearray(2_000_000)
while big:
    del big[:100]
print("drained")
