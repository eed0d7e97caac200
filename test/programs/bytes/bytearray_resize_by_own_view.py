# Found by tools/fuzz-oracle/memoryview_buffers.py: a view of a bytearray passed to the bytearray's
# own resizing method is alive for the call (CPython holds a buffer of the argument), so the
# resize is refused; one that leaves the size alone is allowed. Also: indexing a
# multi-dimensional view converts the index before refusing the sub-view.


def show(f):
    b = bytearray(b"abcdef")
    try:
        print(repr(f(b)), b)
    except Exception as e:
        print(type(e).__name__, e, b)


show(lambda b: b.__setitem__(slice(0, 2), memoryview(b)))
show(lambda b: b.__setitem__(slice(0, 6), memoryview(b)))
show(lambda b: b.__setitem__(slice(0, 2), memoryview(b)[1:3]))
show(lambda b: b.__setitem__(slice(0, 4), memoryview(b)[1:3]))
show(lambda b: b.__setitem__(slice(None, None, 2), memoryview(b)[:3]))
show(lambda b: b.__setitem__(slice(None, None, 2), memoryview(b)[:0]))
show(lambda b: b.__setitem__(slice(0, 2), memoryview(memoryview(b))))
show(lambda b: b.__setitem__(slice(0, 2), memoryview(b).cast("c")))
show(lambda b: b.extend(memoryview(b)))
show(lambda b: b.extend(memoryview(b)[:0]))
show(lambda b: b.__iadd__(memoryview(b)))
show(lambda b: b.__iadd__(memoryview(b)[:0]))
show(lambda b: b.__init__(memoryview(b)))
show(lambda b: b.__init__(memoryview(b)[:0]))
show(lambda b: b.replace(b"a", memoryview(b)))


def after_release(b):
    v = memoryview(b)
    v.release()
    b[0:2] = b"xyz"
    return b


show(after_release)

v = memoryview(bytes(range(24))).cast("B", (6, 4))
for k in [2**70, -2**70, 1, 10, True]:
    try:
        print(k, v[k])
    except Exception as e:
        print(k, type(e).__name__, e)
    try:
        v[k] = 1
    except Exception as e:
        print(k, type(e).__name__, e)
