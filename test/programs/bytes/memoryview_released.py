# A released memoryview refuses every operation (CHECK_RELEASED) and equals only itself.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
m = memoryview(b"abc")
m2 = memoryview(b"abc")
print(m == m2)
m.release()
print(err(lambda: len(m)), err(lambda: m[0]), err(lambda: m.tobytes()), err(lambda: m.nbytes), err(lambda: m.format), err(lambda: m.shape), err(lambda: m.obj), m == m, m == m2, m2 == m, err(lambda: m.tolist()))
m.release()
print(err(lambda: bytes(m)), err(lambda: m.hex()))
