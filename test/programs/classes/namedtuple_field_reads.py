# namedtuple fields (_collections._tuplegetter, a data descriptor with a native __get__) read in
# hot loops: through subclasses, past an instance dict holding the same name, with __getattr__,
# on tuples too short for the index, on objects the descriptor does not apply to, overridden.
import collections

Pt = collections.namedtuple("Pt", "x y")


class Sub(Pt):
    def __getattr__(self, name):
        return f"missing {name}"


class WithDict(Pt):
    pass


class Override(Pt):
    @property
    def x(self):
        return "prop"


def reads(objs, n):
    out = []
    for _ in range(n):
        for o in objs:
            try:
                out.append((o.x, o.y))
            except Exception as e:
                out.append((type(e).__name__, str(e)))
    return out[-len(objs):]


w = WithDict(5, 6)
w.__dict__["x"] = "shadow"
objs = [Pt(1, 2), Sub(3, 4), w, Override(7, 8)]
print(reads(objs, 300))
print(Sub(1, 2).z, Pt.x, type(Pt.x).__name__, Pt.x.__doc__)

try:
    print(Pt.y.__get__((1,)))
except IndexError as e:
    print("IndexError", e)
try:
    print(Pt.x.__get__([1, 2]))
except TypeError as e:
    print("TypeError", e)


class Fake:
    x = Pt.x


print(reads([Fake()], 200))


class TupleLike(tuple):
    first = Pt.x
    second = Pt.y


print([(t.first, t.second) for t in [TupleLike((9, 10))] * 3])
try:
    TupleLike((1,)).second
except IndexError as e:
    print("IndexError", e)
p = Pt(1, 2)
for attempt in ("x", "y"):
    try:
        setattr(p, attempt, 0)
    except AttributeError as e:
        print("AttributeError", e)
