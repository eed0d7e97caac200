# Copying keys between dicts and sets reuses the hashes the source table stored (set(d), dict.fromkeys(s),
# d.copy(), difference/symmetric_difference_update with an exact dict): __hash__ runs once per key.
class H(int):
    count = 0
    def __hash__(self):
        H.count += 1
        return int.__hash__(self)

def counted(label, f):
    H.count = 0
    r = f()
    print(label, H.count, r if isinstance(r, (int, bool)) else len(r))

d = dict.fromkeys(map(H, range(10)))
counted("set(d)", lambda: set(d))
counted("frozenset(d)", lambda: frozenset(d))
s = set(d)
counted("s.difference(d)", lambda: s.difference(d))
counted("s - set(d)", lambda: s - set(d))
counted("sdu", lambda: (s.symmetric_difference_update(d), s)[1])
counted("fromkeys(set)", lambda: dict.fromkeys(set(d)))
counted("fromkeys(frozenset)", lambda: dict.fromkeys(frozenset(d)))
counted("fromkeys(dict)", lambda: dict.fromkeys(d))
counted("d.copy()", lambda: d.copy())
counted("dict(d)", lambda: dict(d))
counted("{**d}", lambda: {**d})
counted("update", lambda: (lambda e: (e.update(d), e)[1])({}))
counted("s.update(d)", lambda: (lambda e: (e.update(d), e)[1])(set()))
counted("s |= d keys", lambda: set(d.keys()))
counted("set(d.items())", lambda: set(d.items()))
counted("s.issubset(d)", lambda: set(d).issubset(d))
counted("s.intersection(d)", lambda: set(d).intersection(d))
counted("s.isdisjoint(d)", lambda: set(d).isdisjoint(d))
counted("set(s)", lambda: set(s))
counted("s.copy()", lambda: s.copy())
counted("s | s", lambda: s | s)
counted("s & s", lambda: s & s)
counted("k in d", lambda: H(3) in d)
class D(dict): pass
dd = D.fromkeys(map(H, range(10)))
counted("set(D)", lambda: set(dd))
counted("D.fromkeys(set)", lambda: D.fromkeys(set(d)))
counted("dict(D)", lambda: dict(dd))
counted("d.keys() & s", lambda: d.keys() & set(d))
counted("s & d.keys()", lambda: set(d) & d.keys())
counted("d == dict(d)", lambda: d == dict(d))
counted("d != d.copy()", lambda: d != d.copy())
