import pickle, copy
class BA(bytearray): pass
class BB(bytes): pass
for T in (bytearray, BA, bytes, BB):
    a = T(b'ab\xff')
    a2 = T(b'')
    if T in (BA, BB): a.x = 5
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        print(T.__name__, proto, type(b).__name__, b == a, getattr(b, '__dict__', None))
    print(copy.copy(a), copy.deepcopy(a), getattr(copy.copy(a), '__dict__', None))
    print(a.__reduce_ex__(2)[0].__name__ if hasattr(a.__reduce_ex__(2)[0], '__name__') else a.__reduce_ex__(2)[0])
    if T in (bytearray, BA):
        print(a.__reduce__(), a2.__reduce_ex__(3), a.__reduce_ex__(2))
