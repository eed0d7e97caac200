# A match slices its groups from the subject as it is now (match_getslice_by_index reads the
# buffer again): a bytearray, array or memoryview changed or resized after the match shows through,
# group spans are clamped to the new length, and a released view is no longer a bytes-like object.
import re, array
ba = bytearray(b'abcdef')
mv = memoryview(ba)
m = re.search(b'c(d)', mv)
ba[2:4] = b'XY'
print(m.group(), m.group(1), m[0], m.groups())
mv.release()
try: print(m.group())
except Exception as e: print(type(e).__name__, e)
print(m.span(), type(m.string).__name__)
try: len(m.string)
except ValueError as e: print(e)
a = array.array('b', b'hello')
m = re.search(b'll', a)
a[2] = ord('L')
print(m.group())
a.append(1)
print(m.group())
s = bytearray(b'abcdefgh')
m = re.search(b'[a-h]+', s)
m2 = re.search(b'[e-h]+', s)
s[:] = b'xyz'
print(m.group(), m2.group(), m.groups(), m2.span(), m.regs)
s.extend(b'123456789')
print(m.group(), m2.group())
print(repr(m))
