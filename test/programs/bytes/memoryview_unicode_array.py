# A memoryview of array('u') has format 'w': length, bytes, slices, casts to bytes and comparisons work,
# its items are refused with NotImplementedError (memoryview: format w not supported).
from array import array
a = array('u', 'hello')
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.contiguous, len(m))
print(m.tobytes() == a.tobytes(), m.hex() == a.tobytes().hex())
for expr in ["m[0]", "m[0] = 'x'", "m.tolist()", "list(m)", "m[1:3]", "m == m", "m == a", "m.cast('B')[0]", "bytes(m) == a.tobytes()", "m.cast('w')", "m[1:3].nbytes", "m[::2].tobytes() == array('u','hlo').tobytes()", "hash(m)", "m.toreadonly().format", "'x' in m", "m.count", "memoryview(b'ab').cast('w')", "m.cast('B').cast('w')"]:
    try:
        r = eval(expr) if "=" not in expr or "==" in expr else exec(expr)
        print(expr, "->", repr(r)[:60] if not isinstance(r, memoryview) else ("mv", r.format, r.nbytes))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
m.release()
print(repr(m).split(" at ")[0])
r = memoryview(array('u', 'ab')).toreadonly()
for expr in ["hash(r)", "r.tolist()", "r[0]", "r == r", "r.cast('b').tolist()", "memoryview(r).format", "r.c_contiguous"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
