import sys
def t(f):
    try: r = f(); print(type(r).__name__, r[:8])
    except Exception as e: print(type(e).__name__, e)
for T in (bytes, bytearray):
    print("==", T.__name__)
    t(lambda: T(0, errors='ignore'))
    t(lambda: T('x', errors='ignore'))
    t(lambda: T(0, encoding='ascii'))
    t(lambda: T('x', 'ascii', 'ignore'))
    t(lambda: T('x'))
    t(lambda: T(encoding='x'))
    t(lambda: T(errors='x'))
    t(lambda: T(2**63))
    t(lambda: T(-1))
    t(lambda: T(0.0))
    t(lambda: T([1, 300]))
    t(lambda: T([1, 2**70]))
    t(lambda: T([1, 'a']))
    t(lambda: T((1, -1)))
    t(lambda: T(iter([1, 256])))
    t(lambda: T(3))
    class A:
        def __bytes__(self): return b'a'
        def __index__(self): return 4
    t(lambda: T(A()))
    class A2:
        def __bytes__(self): return None
    t(lambda: T(A2()))
    class S(str):
        def __bytes__(self): return b'abc'
    t(lambda: T(S('x')))
    t(lambda: T(S('x'), 'ascii'))
    class IterationBlocked(list):
        __bytes__ = None
    t(lambda: T(IterationBlocked([1, 2])))
    class IntBlocked(int):
        __bytes__ = None
    t(lambda: T(IntBlocked(3)))
    class X:
        def __index__(self):
            a.clear()
            return 42
    a = [X(), X()]
    t(lambda: T(a))
    class Y:
        def __index__(self):
            if len(a) > 1000:
                a.clear()
            else:
                a.append(Y())
            return 42
    a = [Y()]
    t(lambda: len(T(a)) and T(a))
    class BadIndex:
        def __index__(self): raise TypeError("bad index")
        def __iter__(self): return iter([5, 6])
    t(lambda: T(BadIndex()))
    class BadIndex2:
        def __index__(self): raise ValueError("bad index")
    t(lambda: T(BadIndex2()))
    t(lambda: T(object()))
    t(lambda: T(memoryview(b'abcdef')[::2]))
