# memoryview over bytes and bytearray: indexing, slicing without copying, tobytes, tolist, release.
data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[2:5]), mv[::2].tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data, mv.tobytes(), mv.hex(), mv == b"ABCdefgh", mv == data, mv.nbytes, mv.contiguous, mv.c_contiguous)
sub = mv[4:]
sub[0] = ord("E")
print(data, bytes(sub), sub.obj is data, sub.tobytes().decode())
ro = memoryview(b"readonly")
print(ro.readonly, ro[0], bytes(ro[4:]), ro.tolist()[-2:])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: ro.__setitem__(0, 1)))
print(err(lambda: mv.__setitem__(slice(0, 2), b"xyz")))
print(err(lambda: mv[100]))
print(err(lambda: memoryview("str")))
print(err(lambda: mv.__setitem__(0, 300)))
print(err(lambda: data.append(1)))
mv.release()
sub.release()
print(err(lambda: mv[0]))
print(err(lambda: len(mv)))
data.append(ord("!"))
print(data)
with memoryview(b"ctx") as m:
    print(m.tobytes(), bytes(m[::-1]))
print(err(lambda: m.tobytes()))
ints = memoryview(b"\x01\x00\x02\x00").cast("H")
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints[1], ints.cast("B").tolist())
print(memoryview(b"ab") == memoryview(b"ab"), bytes(memoryview(b"xy")), list(memoryview(b"\x05\x06")), b"".join([memoryview(b"q")]))
