# array.array: every typecode's conversions and overflow messages, construction from lists/bytes/str/arrays/iterables, sequence operations, slicing and slice assignment, methods, comparisons, pickling (both reduce forms), files, subclasses, memoryview and the buffer protocol (resizing refused while a view is alive). 'l'/'L' are 4 bytes in the 32-bit oracle: their sizes and limits are not printed.
import array, hashlib
def err(f):
    try: return repr(f())
    except Exception as e: return f"{type(e).__name__}: {e}"
for tc in array.typecodes.replace("l", "").replace("L", ""):
    print(tc, array.array(tc).itemsize, err(lambda: array.array(tc, [-1])), err(lambda: array.array(tc, [2**64])), err(lambda: array.array(tc, [1.5])), err(lambda: array.array(tc, ['a'])), err(lambda: array.array(tc, [2**200])), err(lambda: array.array(tc, [-2**200])))
    print(tc, err(lambda: array.array(tc, [256])), err(lambda: array.array(tc, [-129])), err(lambda: array.array(tc, [65536])), err(lambda: array.array(tc, [True])))
print(array.typecodes, err(lambda: array.array('x')), err(lambda: array.array(1)), err(lambda: array.array('bb')), err(lambda: array.array('b', 'abc')), err(lambda: array.array('u', 'abc')), err(lambda: array.array('u', b'a\0\0\0')), err(lambda: array.array('b', typecode='b')), err(lambda: array.array()))
a = array.array('i', [1, 2, 3])
print(a, repr(a), str(a), a[0], a[-1], a[1:], a[::-1], len(a), a * 2, a + a, 2 in a, a.index(2), a.count(3), list(a), a.tolist(), a.tobytes(), a.buffer_info()[1], a.typecode, a.itemsize)
print(err(lambda: a + array.array('b')), err(lambda: a + [1]), err(lambda: a.index(9)), err(lambda: a[5]), err(lambda: a.remove(9)), err(lambda: a.pop(9)), err(lambda: array.array('i').pop()), err(lambda: a.fromunicode('x')), err(lambda: a.tounicode()))
b = array.array('d', [1.5, -0.0, float('inf')])
print(b, array.array('f', [0.1]), array.array('u', 'hé😀'), array.array('u', 'hé😀').tounicode(), array.array('b'), array.array('B', b'\x01\xff'), array.array('h', b'\x01\x00\xff\xff'), err(lambda: array.array('h', b'\x01')))
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-100, -1); a.insert(100, 100); print(a)
a[0] = 7; a[1:3] = array.array('i', [8, 9, 10]); del a[-1]; print(a, err(lambda: a.__setitem__(slice(0, 2), [1, 2])), err(lambda: a.__setitem__(0, 'x')))
a[::2] = array.array('i', range(len(a[::2]))); print(a, err(lambda: a.__setitem__(slice(None, None, 2), array.array('i', [1]))))
del a[::3]; print(a); a.reverse(); print(a); a.byteswap(); print(a); a.byteswap()
a.frombytes(b'\x01\x00\x00\x00'); a.fromlist([11, 12]); print(a, err(lambda: a.fromlist([1, 'x'])), a, err(lambda: a.frombytes(b'\x01')), err(lambda: a.fromlist((1,))))
print(a == array.array('i', a), a == array.array('b', [1]), a < array.array('i', [100]), array.array('i', [1,2]) == array.array('d', [1.0, 2.0]), a != a, array.array('b', [1]) <= array.array('B', [1]), err(lambda: a < [1]))
c = array.array('i', [3, 1, 2]); c *= 2; print(c); c += array.array('i', [9]); print(c, err(lambda: c.__iadd__(array.array('d'))))
import pickle, copy
print(pickle.loads(pickle.dumps(c)), copy.copy(c), copy.deepcopy(b), c.__reduce_ex__(2)[0].__name__, c.__reduce_ex__(3)[0].__name__, c.__reduce_ex__(3)[1])
print(err(lambda: hash(c)), sorted(array.array('h', [5, -1, 3])), max(array.array('Q', [2**64-1])), array.array('q', [-2**63]), array.array('Q', [2**63]))
it = iter(array.array('b', [1, 2])); print(next(it), type(it).__name__, list(it), err(lambda: next(it)))
print(array.array('u', 'abc').tounicode(), err(lambda: array.array('u', 'a').fromunicode(1)), err(lambda: array.array('u', [1])), err(lambda: array.array('u', ['ab'])), array.array('u', ['x']))
print(memoryview(array.array('i', [1, 2])).tolist(), bytes(array.array('h', [1])), array.array('b', array.array('i', [1, 2])), err(lambda: array.array('b', array.array('u', 'a'))))
print(array.ArrayType is array.array, type(array.array('b')).__module__, array.array.__name__, err(lambda: array.array('b', [1]).__sizeof__() > 0))
class A(array.array): pass
x = A('b', [1]); print(x, type(x[:]).__name__, type(x + x).__name__, x.__class__.__name__)
import io
f = io.BytesIO(); array.array('h', [1, 2]).tofile(f); f.seek(0); y = array.array('h'); y.fromfile(f, 2); print(y, err(lambda: y.fromfile(f, 1)), y)
print(array.array('d', [1.0]) * 0, 3 * array.array('b', [1]), err(lambda: array.array('b') * 'x'), array.array('i', range(5))[1:4:2], array.array('i', [1,2]).__copy__())
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], err(lambda: a.append(4)), err(lambda: a.pop()), a)
m[0] = 10; print(a, err(lambda: m.__setitem__(0, 2**40)))
a[1] = 20; print(m.tolist())
m.release(); a.append(4); print(a)
with memoryview(array.array('d', [1.5])) as d: print(d.tolist(), d.format, bytes(d))
print(bytes(array.array('h', [1, -1])), bytearray(array.array('b', [1])), hashlib.md5(array.array('i', [1])).hexdigest(), str(array.array('b', [104, 105]), 'ascii'))
b = array.array('b', [1, 2]); memoryview(b)[0]; b.append(3); print(b)
c = array.array('B', b'abc'); mc = memoryview(c).cast('c'); print(mc.tolist(), err(lambda: c.extend([1])), err(lambda: c.__imul__(2)), err(lambda: c.__delitem__(slice(None, None, 2))), err(lambda: c.fromlist([1])), err(lambda: c.__setitem__(slice(0, 1), array.array('B'))))
c[0:1] = array.array('B', [120]); print(c)
