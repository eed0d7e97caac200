# bytearray's resizing operations: slice assignment and deletion (step 1 and extended), insert,
# remove, pop, append/extend/+= (amortised growth: long append loops), and their refusal while a
# memoryview of the bytearray is alive.
def err(f):
    try: return f()
    except Exception as e: return f'{type(e).__name__}: {e}'
ba = bytearray(b'abcdef')
print(err(lambda: ba.__setitem__(slice(0,1), 'x')), err(lambda: ba.__setitem__(slice(0,1), 1.5)), err(lambda: ba.__setitem__(slice(0,1), 5)), err(lambda: ba.__setitem__(slice(0,1), [300])), err(lambda: ba.__setitem__(slice(0,1), 1j)))
ba[1:3] = memoryview(b'XYZW').cast('c'); print(ba); ba[::2] = b'1234'; print(ba)
ba[2:1] = b'++'; print(ba); ba[:] = ba; print(ba); ba[1:] = ba; print(ba)
del ba[::3]; print(ba); del ba[-2:]; print(ba); ba.insert(-100, 65); ba.insert(100, 66); print(ba); ba.remove(66); print(ba)
print(err(lambda: ba.__setitem__(slice(0,4,2), b'x')), err(lambda: ba.remove(7)), err(lambda: ba.__delitem__(99)))
ba[3:0:-1] = b'qrs'; print(ba); ba[::-1] = ba; print(ba); ba[1:3] = (x for x in b'GEN'); print(ba); ba[0:2] = []; print(ba)
del ba[1]; del ba[-1]; del ba[::-2]; del ba[5:1]; print(ba); ba[:] = range(3); print(ba)
m = memoryview(ba)
print(err(lambda: ba.__delitem__(0)), err(lambda: ba.insert(0, 1)), err(lambda: ba.__setitem__(slice(0, 1), b'zz')), err(lambda: ba.__delitem__(slice(2, 1))))
ba[0:1] = b'Z'; print(ba, m.tobytes())
del m
big = bytearray()
for i in range(100000):
    big.append(i & 255)
for i in range(1000):
    big += b"abc"
    big.extend(range(3))
    big.pop()
print(len(big), sum(big), big[-8:])
while len(big) > 1005:
    del big[-1000:]
del big[5:]
print(big, big.pop(0), big)
x = bytearray(b"ab")
print(err(lambda: x.__iadd__(x)), x.extend(x), x)
e = bytearray()
e += e
print(e)
