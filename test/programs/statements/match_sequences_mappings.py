# match with sequence patterns (fixed, starred, nested), mapping patterns (with **rest) and strings not matching sequences.
def shape(x):
    match x:
        case []:
            return "empty sequence"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"pair {a!r}, {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: first={first!r} middle={middle} last={last!r}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [[x, y], [z, *_]]:
            return f"nested {x} {y} {z}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": t, **rest} if rest:
            return f"typed {t} with extra {sorted(rest)}"
        case {}:
            return "some mapping"
        case str() | bytes():
            return "text is not a sequence pattern"
        case _:
            return "no match"
for v in [[], [1], (1, 2), [1, 2, 3, 4, 5], [0, 9, 8], [[1, 2], [3, 4, 5]], (7, 8, 9), "ab", b"xy", {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": (0, 0)}, {"type": "bare"}, {"other": 1}, range(2), 42, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else type(v).__name__, "->", shape(v))
from collections import OrderedDict, deque
print(shape(OrderedDict(type="point", x=5, y=6)), shape(deque([1, 2])), shape(bytearray(b"ab")), shape(memoryview(b"a")))
