# A sequence pattern that is a lone star ([*rest], (*rest,), [*_]) matches a sequence of any
# length: CPython emits no GET_LEN for it, so the subject's __len__ is never called (one that
# raises does not stop the match); with any other element the length is checked (>= size - 1).
import collections.abc
import dis


class Counted(collections.abc.Sequence):
    def __init__(self, *v):
        self.v = v
        self.lens = 0

    def __len__(self):
        self.lens += 1
        return len(self.v)

    def __getitem__(self, i):
        return self.v[i]


class BadLen(Counted):
    def __len__(self):
        raise KeyError("len")


def f(s):
    match s:
        case (*rest,):
            return ("star", rest)


def g(s):
    match s:
        case [*_]:
            return "wildcard star"


def h(s):
    match s:
        case [1, *rest]:
            return ("one then", rest)
        case [*_, 2]:
            return "ends in two"
    return "no match"


for subject in (Counted(1, 2), Counted(), BadLen(3)):
    for fn in (f, g, h):
        try:
            print(fn.__name__, fn(subject), getattr(subject, "lens", None))
        except KeyError as e:
            print(fn.__name__, "KeyError", e)

print([op.opname for op in dis.get_instructions(f)])
print([op.opname for op in dis.get_instructions(g)])
print([op.opname for op in dis.get_instructions(h)].count("GET_LEN"))
