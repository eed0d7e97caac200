# Exceptions raised from special methods and builtins calling back: __eq__ in list.index, __hash__ in dict, key= in sorted.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
    __hash__ = object.__hash__
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash exploded")
class BadLen:
    def __len__(self):
        raise RuntimeError("len exploded")
class BadIter:
    def __iter__(self):
        raise RuntimeError("iter exploded")
class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr exploded")
class BadBool:
    def __bool__(self):
        raise RuntimeError("bool exploded")
print(err(lambda: [1, BadEq()].index(2)))
print(err(lambda: BadEq() in [1]))
print(err(lambda: {BadHash(): 1}))
print(err(lambda: BadHash() in {1}))
print(err(lambda: len(BadLen())))
print(err(lambda: bool(BadLen())))
print(err(lambda: list(BadIter())))
print(err(lambda: [x for x in BadIter()]))
print(err(lambda: repr([1, BadRepr()])))
print(err(lambda: str({1: BadRepr()})))
print(err(lambda: f"{BadRepr()!r}"))
print(err(lambda: print(BadRepr())))
print(err(lambda: not BadBool()))
print(err(lambda: [1, 2] if BadBool() else 0))
print(err(lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2))))
print(err(lambda: list(map(lambda x: x["k"], [{"k": 1}, {}]))))
print(err(lambda: max([1, 2], key=lambda x: x.nope)))
print(err(lambda: dict.fromkeys(BadIter())))
print(err(lambda: "".join(BadIter())))
def gen():
    yield 1
    raise RuntimeError("gen exploded")
print(err(lambda: list(gen())))
print(err(lambda: sum(gen())))
print(err(lambda: any(BadBool() for _ in [1])))
class BadIndex:
    def __index__(self):
        raise RuntimeError("index exploded")
print(err(lambda: [1, 2][BadIndex()]))
print(err(lambda: range(BadIndex())))
