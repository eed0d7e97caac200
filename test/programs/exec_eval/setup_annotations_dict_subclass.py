# SETUP_ANNOTATIONS reads __annotations__ directly only from an exact dict; other locals (a dict
# subclass with __missing__ or __getitem__, a class body's __prepare__ mapping) are asked with
# PyObject_GetItem, and a dict is stored only on KeyError: here the subclass answers a str, so
# the annotation's store fails as in CPython.
class M(dict):
    def __missing__(self, k):
        return "M" + k


class G(dict):
    def __getitem__(self, k):
        if k == "__annotations__":
            return {"given": 1}
        return dict.__getitem__(self, k)


class K(dict):
    def __getitem__(self, k):
        if k == "__annotations__":
            raise LookupError(k)
        return dict.__getitem__(self, k)


for locs in (M, G, K, dict):
    for src in ["x: int = 1", "for i in 'ab':\n    x: int = 1", "x: int", "y = 2"]:
        m = locs()
        try:
            print(locs.__name__, repr(src), exec(src, {}, m) or "done", sorted(m.items()))
        except Exception as e:
            print(locs.__name__, repr(src), type(e).__name__, e, sorted(m.items()))


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return G()


class C(metaclass=Meta):
    a: int = 1


print(C.__dict__.get("__annotations__"), C.a)
