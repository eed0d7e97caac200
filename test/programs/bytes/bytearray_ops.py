# bytearray: a mutable bytes; item and slice assignment, methods that mutate, and sharing.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba), ba[1:3], type(ba[1:3]).__name__, ba[0])
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
ba[::2] = b"XXXXX"
print(ba)
del ba[0]
del ba[::3]
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
ba.insert(0, 35)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
ba.reverse()
print(ba, ba.copy(), ba.count(b"X"), ba.index(b"X"), ba.find(b"Z"))
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba), bytearray(5), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
b2 = bytearray(b"abc")
print(err(lambda: b2.__setitem__(0, 256)))
print(err(lambda: b2.__setitem__(0, b"a")))
print(err(lambda: b2.__setitem__(slice(0, 3, 2), b"xyz")))
print(err(lambda: b2.remove(120)))
print(err(lambda: bytearray().pop()))
print(err(lambda: b2.index(b"z")))
print(err(lambda: hash(b2)))
print(err(lambda: {b2: 1}))
x = bytearray(b"shared")
y = x
y[0] = ord("S")
print(x, x is y, x == b"Shared", bytes(x), bytearray(x) is not x, x.upper(), x.hex(), bytearray.fromhex("4142"))
print(x.decode(), x.split(b"a"), x.replace(b"S", b"s"), type(x.replace(b"S", b"s")).__name__, x.isupper(), x.zfill(9))
