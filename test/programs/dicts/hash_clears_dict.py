# A key whose __hash__ empties the dict it is being stored in (CPython's
# test_baseexception.test_setstate_refcount_no_crash): the store still happens.
d = {}


class K(str):
    def __hash__(self):
        d.clear()
        return super().__hash__()


d[K()] = 1
print(d)
d[K("a")] = 2
print(d)
d["b"] = 3
d[K("c")] = 4
print(d)
print(K("c") in d, d.get(K("zz")), d)
d.setdefault(K("e"), 5)
print(d)
