import sys
def t(f):
    try: r = f(); print(type(r).__name__, r)
    except Exception as e: print(type(e).__name__, e)
for T in (bytes, bytearray):
    print("==", T.__name__)
    t(lambda: T.fromhex())
    t(lambda: T.fromhex('a', 'b'))
    t(lambda: T.fromhex(b'1B'))
    class B1(T):
        def __init__(self, *a):
            self.foo = 'bar'
    b = B1.fromhex('1a2B30'); print(type(b).__name__, b, b.foo)
    class B2(T):
        def __new__(cls, *a): return T.__new__(cls, b'zz')
    t(lambda: B2.fromhex('41'))
    t(lambda: T(b'ab').startswith([b'a']))
    t(lambda: T(b'ab').endswith([b'a']))
    t(lambda: T(b'ab').startswith((b'a', 1)))
    t(lambda: T(b'ab').__rmod__('%r'))
    t(lambda: object() % T(b'abc'))
    t(lambda: '%s' % T(b'abc'))
    t(lambda: T(b'ab').find(b'xxx', 2**63, 0))
    t(lambda: T(b'ab').rfind(b'xxx', 2**63, 0))
    t(lambda: T(b'ab').index(b'b', -2**65, 2**65))
    t(lambda: T(b'ab').count(b'', -10**30, 10**30))
    t(lambda: T(b'ab').startswith(b'a', -10**30, 10**30))
    t(lambda: T(b'a\tb').expandtabs(tabsize=4))
    t(lambda: T(b'a\tb').expandtabs(tabsiz=4))
    t(lambda: T(b'ab')['a'])
    t(lambda: T(b'ab')[1.5])
    t(lambda: T(b'ab')[2**63])
    t(lambda: T(b'ab')[-2**63 - 5])
b = bytearray(b'ab')
def st(k, v):
    try:
        b[k] = v; print(b)
    except Exception as e: print(type(e).__name__, e)
st('a', 1); st(1.5, 1); st(0, 'a'); st(slice(0, 1), 5); st(2**63, 1)
try:
    del b['a']
except Exception as e: print(type(e).__name__, e)
