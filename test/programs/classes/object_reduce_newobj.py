# object.__reduce__/__reduce_ex__ as CPython 3.10's typeobject.c has them: reduce_newobj with
# __getnewargs_ex__/__getnewargs__, __getstate__, __slotnames__ and copyreg._slotnames, argument checks.
import copy, copyreg, pickle

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, r)

attempt("reduce()", lambda: object().__reduce__()[0].__name__)
attempt("reduce(0)", lambda: object().__reduce__(0))
attempt("reduce_ex(0)", lambda: object().__reduce_ex__(0)[0].__name__)
attempt("reduce_ex()", lambda: object().__reduce_ex__())
attempt("reduce_ex(None)", lambda: object().__reduce_ex__(None))
attempt("reduce_ex('2')", lambda: object().__reduce_ex__("2"))
attempt("reduce_ex(2.0)", lambda: object().__reduce_ex__(2.0))

class KW:
    def __init__(self, a, *, b=0):
        self.a, self.b = a, b
    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})
    def __new__(cls, a, *, b=0):
        return super().__new__(cls)
k = KW(1, b=2)
r = k.__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][0] is KW, r[1][1:], r[2], r[3:])
print(k.__reduce_ex__(1)[0].__name__ if False else "proto1", copy.copy(k).__dict__, pickle.loads(pickle.dumps(k, 4)).__dict__)
class KW0:
    def __getnewargs_ex__(self):
        return ((1,), {})
print(KW0().__reduce_ex__(2)[:2][1][1:], KW0().__reduce_ex__(2)[0] is copyreg.__newobj__)

for bad in [("bad tuple", {}), (), "bad args", ((), "x"), [(), {}], ((), {}, 1)]:
    class C:
        def __getnewargs_ex__(self, bad=bad):
            return bad
    attempt("ex %r" % (bad,), lambda: C().__reduce_ex__(2)[1])
class G:
    def __getnewargs__(self):
        return [1]
attempt("getnewargs list", lambda: G().__reduce_ex__(2))
class G2:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *a):
        return super().__new__(cls)
print(G2().__reduce_ex__(2)[1][1:])

class CM(int):
    ARGS = (1, 2)
    def __new__(cls, a, b, *, value=0):
        self = super().__new__(cls, value)
        self.a, self.b = a, b
        return self
    @classmethod
    def __getnewargs_ex__(cls):
        return (cls.ARGS, {"value": 3})
c = CM(1, 2, value=3)
c2 = copy.copy(c)
print(int(c2), c2.a, c2.b, c.__reduce_ex__(2)[1][1:], c.__reduce_ex__(2)[2])

class SN:
    __slotnames__ = ["spam"]
    def __getattr__(self, attr):
        if attr == "spam":
            return 42
        raise AttributeError(attr)
print(SN().__reduce_ex__(2)[2:])
class SN2:
    __slotnames__ = "bad"
attempt("slotnames str", lambda: SN2().__reduce_ex__(2))
class SN3:
    __slotnames__ = None
print(SN3().__reduce_ex__(2)[2])

class Sl:
    __slots__ = ("x", "y")
s = Sl(); s.x = 1
print("__slotnames__" in Sl.__dict__, s.__reduce_ex__(2)[2], "__slotnames__" in Sl.__dict__, Sl.__slotnames__)
class Sl2(Sl):
    __slots__ = ("__z",)
t = Sl2(); t.y = 2; t._Sl2__z = 3
print(t.__reduce_ex__(2)[2], Sl2.__slotnames__)

class GS:
    def __getstate__(self):
        return {"state": 1}
print(GS().__reduce_ex__(2)[2], GS().__reduce_ex__(1)[2:])
class GSattr:
    pass
g = GSattr()
g.__getstate__ = lambda: "instance getstate"
print(g.__reduce_ex__(2)[2])

class Ov:
    def __reduce__(self):
        return (Ov, ())
o = Ov()
print(o.__reduce_ex__(2), o.__reduce_ex__(0))
o2 = GSattr()
o2.__reduce__ = lambda: "instance reduce"
print(o2.__reduce_ex__(2)[0] is copyreg.__newobj__)

class L(list):
    pass
class D(dict):
    pass
rl = L([1, 2]).__reduce_ex__(2)
rd = D(a=1).__reduce_ex__(2)
print(type(rl[3]).__name__, list(rl[3]), rl[4], rl[2], type(rd[4]).__name__, list(rd[4]), rd[3])
attempt("int subclass no args", lambda: type("I", (int,), {})(5).__reduce_ex__(2)[1:3])
attempt("bytearray reduce_ex", lambda: bytearray(b"ab").__reduce_ex__(2)[:2])
attempt("tuple subclass", lambda: type("T", (tuple,), {})((1,)).__reduce_ex__(2)[1:3])
attempt("object reduce_ex 2", lambda: object().__reduce_ex__(2)[1:])
