# The shortcuts of hot loops (set & | - ^ of exact sets, truth of sets, set(x) from a list or tuple,
# s.split(), unicodedata's one-character functions, chr, map over a builtin, module attributes read
# through LOAD_METHOD and LOAD_ATTR's cache) give what the general paths give, errors included.
import sys, unicodedata

def ops():
    a = {1, 2, 3}
    b = frozenset({2, 3, 4})
    print(a & b, a | b, a - b, a ^ b, b & a, b | a, type(b - a), type(a ^ b))
    class S(set):
        def __and__(self, o): return 'S.and'
        def __rand__(self, o): return 'S.rand'
    print(a & S(), S() & a, a | S({9}), type(a | S()))
    for x in (set(), {0}, frozenset(), S(), S({1})):
        print(bool(x), 'yes' if x else 'no')
    try:
        a & [1]
    except TypeError as e:
        print(e)
    e = set()
    print(e & e, e | e, e - e, e ^ e, len(e & a))
    s = set(); s.add(1); s.clear(); print(s, len(s)); s |= {1, 2}; print(s)
    t = set(); t.update(set()); t.update({5}); t.update({7: 8}); t.update(range(3)); print(sorted(t))

def ctor():
    print(set([3, 1, 2]), set((5, 4)), set(), frozenset([1, 1]), set('abc') == {'a', 'b', 'c'})
    for args in [(1,), ([1], [2])]:
        try:
            set(*args)
        except TypeError as e:
            print(e)
    try:
        set(iterable=[1])
    except TypeError as e:
        print(e)
    class Eq:
        def __init__(self, lst): self.lst = lst
        def __hash__(self): return 1
        def __eq__(self, o):
            if len(self.lst) < 6: self.lst.append(Eq(self.lst))
            return False
    lst = []
    lst.append(Eq(lst)); lst.append(Eq(lst))
    print(len(set(lst)), len(lst))

def strs():
    print('a b  c'.split(), ''.split(), ' \t\n'.split(), 'a,b'.split(','), 'a b c'.split(maxsplit=1), 'a b c'.rsplit())
    for c in ['\u00e9', '\U0002F800', '\U0010FFFF', 'a', '\ud800']:
        print(repr(unicodedata.decomposition(c)), unicodedata.category(c), unicodedata.ucd_3_2_0.decomposition(c))
    for bad in ['', 'ab', 1, '\ud800\udc00x', None]:
        try:
            unicodedata.decomposition(bad)
        except TypeError as e:
            print(e)
    for call in [lambda: unicodedata.decomposition(chr=1), lambda: unicodedata.decomposition(), lambda: unicodedata.category('a', 'b')]:
        try:
            call()
        except TypeError as e:
            print(e)
    for x in [0, 65, 0xd800, 0x10ffff, True, 2**31, -1, 0x110000, 1.5, '1']:
        try:
            print(repr(chr(x)))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(list(map(chr, range(0x10ffe, 0x10fff + 2))), list(map(len, [[1], 'ab'])), list(map(abs, [-1, 2])))
    def stop(x):
        raise StopIteration
    print(list(map(stop, [1, 2])))
    hex_chars = {'{:04X}'.format(ord(c)) for c in '/:#?@'}
    print([c for c in map(chr, range(0xfe00, 0x10000)) if hex_chars & set(unicodedata.decomposition(c).split())])

def iteration():
    # `in` on strs (a match may not split a surrogate pair) and loops over short strs, lists, tuples
    print('\ud800' in '\U00010000', '\udc00' in '\U00010000', 'a\ud800' in 'a\U00010000', '' in '', 'b' in 'abc')
    print(str.__contains__('\U00010000', '\ud800'), '\U00010000' in '\U00010000x')
    out = []
    for _ in range(3):
        for c in 'a\U00010000b':
            out.append(c)
        for x in [1, 2]:
            out.append(x)
        for x in (3, 4):
            out.append(x)
    print(out)
    lst = [1, 2, 3]
    for x in lst:
        if x < 3: lst.append(x + 10)
    print(lst)
    it = iter('abc'); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
    it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), iter(()).__length_hint__(), iter(range(5)).__length_hint__())
    class L(list):
        def __iter__(self): return iter([9])
    class T(tuple):
        def __iter__(self): return iter([8])
    class U(str):
        def __iter__(self): return iter(['u'])
    print([x for x in L([1])], [x for x in T((1,))], [x for x in U('ab')])

def modules():
    m = type(sys)('m')
    def g(mod):
        return mod.x
    def h(mod):
        return mod.f()
    m.x = 1; print(g(m)); m.x = 2; print(g(m))
    m.f = lambda: 'f1'; print(h(m)); m.f = lambda: 'f2'; print(h(m))
    del m.x
    try:
        g(m)
    except AttributeError as e:
        print(e)
    m.x = 3; print(g(m))
    m.__dict__.clear(); m.__dict__['x'] = 4; print(g(m))
    o = type(sys)('other'); o.__getattr__ = lambda name: 'via __getattr__ ' + name
    print(g(o))
    n = type(sys)('n'); n.__getattr__ = lambda name: (lambda: 'got ' + name)
    print(h(n))

for _ in range(3):
    ops(); ctor(); strs(); iteration(); modules()
