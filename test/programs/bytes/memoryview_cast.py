# memoryview.cast(format[, shape]): memory_cast's checks and messages, N-dimensional views from a
# shape (tolist, tobytes in C/F/A order, hex, shape, strides, contiguity), slicing of cast views.
# Only formats of the same size on 32- and 64-bit builds (the oracle is 32-bit): no 'l'/'L'/'n'/'N'/'P'.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

buf = bytearray(range(16))
m = memoryview(buf)
for fmt in ["B", "@B", "b", "c", "?", "h", "H", "i", "@I", "q", "Q", "f", "d"]:
    v = m.cast(fmt)
    print(fmt, v.format, v.itemsize, len(v), v.nbytes, v.shape, v.strides, v.ndim, v.readonly, v.obj is buf)
for fmt in ["e", "x", "BB", "<i", "=h", "", "@", "Z", "s"]:
    print(repr(fmt), err(lambda: m.cast(fmt)))
print(err(lambda: m.cast(1)))
print(err(lambda: m.cast("\xe9")))
print(err(lambda: m.cast()))
print(err(lambda: m.cast("B", [16], 3)))
print(err(lambda: m.cast("I").cast("h")))
print(err(lambda: m[::2].cast("B")))
print(err(lambda: memoryview(bytearray(15)).cast("I")))
print(err(lambda: m.cast("B", [3, 5])))
print(err(lambda: m.cast("B", [2, 0, 8])))
print(err(lambda: m.cast("B", [2, -8])))
print(err(lambda: m.cast("B", [2, "8"])))
print(err(lambda: m.cast("B", 16)))
print(err(lambda: m.cast("B", [1] * 65)))
print(err(lambda: m.cast("B", [2, 2 ** 70])))
print(m.cast("B", shape=[2, 2, 2, 2]).shape, m.cast(format="h", shape=(2, 4)).shape, m.cast("B", [True, 16]).shape)

x = m.cast("B", [2, 8])
print(x.shape, x.strides, x.ndim, len(x), x.nbytes, x.c_contiguous, x.f_contiguous, x.contiguous)
print(x.tolist())
print(x[0, 1], x[1, -1], err(lambda: x[0]), err(lambda: x[0, 8]), err(lambda: x[0, 1, 2]), err(lambda: x[()]))
print(err(lambda: x[0:1, 0:1]), err(lambda: list(x)), err(lambda: x["a"]), x[1:].tolist(), x[::-1].tolist())
x[0, 1] = 100
print(buf[1], err(lambda: x.__setitem__(0, 1)), err(lambda: x.__setitem__(slice(0, 1), b"x")), err(lambda: x.__setitem__((0,), 1)))
print(err(lambda: x.cast("B", [4, 4])), err(lambda: x.cast("I").shape), x.cast("B").shape, x.cast("h").tolist()[:2])
print(err(lambda: x[::-1].cast("B")), x[::-1].c_contiguous, x[::-1].strides, x[1:].c_contiguous, x[1:].f_contiguous)

y = memoryview(bytes(range(6))).cast("B", [2, 3])
print(y.tobytes(), y.tobytes("C"), y.tobytes("F"), y.tobytes("A"), y.tobytes(None), y.tobytes(order="F"))
print(err(lambda: y.tobytes("X")), err(lambda: y.tobytes(1)))
print(y.hex(), y.hex(":"), y.hex("-", 2), y.hex(b"|", -4), y[::-1].hex(), y[::-1].tobytes("F"))
print(memoryview(b"abcd").cast("B", [1, 4]).f_contiguous, memoryview(b"abcd").cast("B", [4, 1]).f_contiguous)
print(memoryview(b"abcd").cast("c", [2, 2]).tolist(), memoryview(b"abcd").cast("h", [1, 2]).tolist())

z = memoryview(bytearray(b"\x05\x00\x00\x00")).cast("i", [])
print(z.shape, z.strides, z.ndim, len(z), z[()], z.tolist(), z.c_contiguous, z.f_contiguous, z.nbytes)
print(err(lambda: z[0]), err(lambda: list(z)), z[...] is z, err(lambda: z.__setitem__(0, 1)))
z[()] = 7
print(z.tolist(), z == memoryview(b"\x07\x00\x00\x00").cast("i", []), z.cast("B").tolist(), err(lambda: z.cast("B", [4]).shape))
z[...] = -1
print(z.tolist())
print(err(lambda: memoryview(b"abcd").cast("I", ()).shape), err(lambda: memoryview(b"abcd").cast("B", [])))

e = memoryview(b"")
print(e.cast("I").tolist(), e.cast("d").shape, err(lambda: e.cast("I", [1])), err(lambda: e.cast("B", [])))
print(memoryview(b"ab")[::2].cast("B", [1]).tolist(), err(lambda: memoryview(b"ab")[0:0].cast("B", [1])))

h = memoryview(bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")).cast("h")
print(h.tolist(), h[::2].tolist(), h[::-1].tolist(), h[1:3].tobytes(), h[::2].strides, h[::-1].c_contiguous, h[::2].hex(), h[::-1].nbytes)
print(h[1:3].cast("B").tolist(), h[-1], h[-4], err(lambda: h[4]), err(lambda: h[-5]))
