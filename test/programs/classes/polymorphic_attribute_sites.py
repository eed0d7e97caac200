# One attribute site meeting many classes (the inline caches remember a few types each): method
# calls, class and instance attributes, properties, slots and stores, with classes changed between
# rounds (a new method, a deleted one, a property added to a base, __slots__ classes mixed in).
class Base:
    tag = "base"

    def area(self):
        return 0


class Sq(Base):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Ci(Base):
    tag = "ci"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Tri(Sq):
    def area(self):
        return self.s * self.s // 2


class Slotted(Base):
    __slots__ = ("s", "seen")

    def __init__(self, s):
        self.s = s

    def area(self):
        return -self.s


class Plain(Base):
    def __init__(self, s):
        self.size = s


class Dynamic(Base):
    def __init__(self, s):
        self.s = s

    def __getattr__(self, name):
        return f"dyn:{name}"


def make(i):
    return (Sq, Ci, Tri, Slotted, Plain, Dynamic)[i % 6](i)


def round_(shapes):
    out = []
    for sh in shapes:
        sh.seen = len(out)
        out.append((type(sh).__name__, sh.area(), sh.tag, sh.seen, getattr(sh, "extra", None)))
    return out


shapes = [make(i) for i in range(12)]
for r in range(4):
    for _ in range(60):
        res = round_(shapes)
    print(r, res)
    if r == 0:
        Sq.area = lambda self: "patched"
        Base.tag = "base2"
    elif r == 1:
        del Tri.area
        Base.extra = property(lambda self: f"prop of {type(self).__name__}")
    elif r == 2:
        Ci.tag = property(lambda self: self.r + 0.5)
        del Base.extra
