# staticmethod and classmethod read through instances in hot loops (the attribute caches hand out
# the function, or bind it to the class, without the descriptors' __get__): instance dicts that
# shadow them, subclasses, a classmethod given another callable by __init__ again, classmethods
# around other descriptors.
class A:
    @staticmethod
    def s(v):
        return ("s", v)

    @classmethod
    def c(cls, v):
        return (cls.__name__, v)

    plain_static = staticmethod(len)


class B(A):
    pass


def run(objs, n):
    out = []
    for _ in range(n):
        for o in objs:
            out.append((o.s(1), o.c(2), o.plain_static("abc"), o.s is A.s, o.c == o.c, getattr(getattr(o.c, "__self__", None), "__name__", None)))
    return out[-len(objs):]


a, b = A(), B()
shadow = A()
shadow.s = lambda v: ("shadow", v)
shadow.c = lambda v: ("shadowc", v)
print(run([a, b, shadow], 300))
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__)
cm = A.__dict__["c"]
cm.__init__(lambda cls, v: ("re-inited", cls.__name__, v))
print(run([a, b], 100))
A.c = classmethod(property(lambda cls: f"prop of {cls.__name__}"))
try:
    print([o.c for o in (a, b)])
except Exception as e:
    print(type(e).__name__, e)
A.s = staticmethod(lambda: "replaced")
print([o.s() for o in (a, b) for _ in range(3)])
