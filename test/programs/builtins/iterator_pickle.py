# Builtin iterators pickle and copy (3.10): each protocol's bytes (0-3; 4 and 5 round-trip), the
# iterator's position after some items were taken, copy.copy, __reduce__'s shape, exhausted
# iterators, and __setstate__'s clamping.
import copy
import pickle
import re


class Seq:
    def __getitem__(self, i):
        return "xyz"[i]


d = {"a": 1, "b": 2, "c": 3}
MAKERS = [
    ("list", lambda: iter([1, 2, 3])),
    ("list_reverse", lambda: reversed([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("str", lambda: iter("abc")),
    ("str_astral", lambda: iter("a\U0001F600b")),
    ("bytes", lambda: iter(b"abc")),
    ("bytearray", lambda: iter(bytearray(b"abc"))),
    ("range", lambda: iter(range(3))),
    ("range_step", lambda: iter(range(10, 1, -3))),
    ("range_reversed", lambda: reversed(range(0, 10, 3))),
    ("longrange", lambda: iter(range(2**64, 2**64 + 3))),
    ("longrange_reversed", lambda: reversed(range(2**64, 2**64 + 3))),
    ("dict_keys", lambda: iter(d)),
    ("dict_values", lambda: iter(d.values())),
    ("dict_items", lambda: iter(d.items())),
    ("dict_reversed", lambda: reversed(d)),
    ("dict_items_reversed", lambda: reversed(d.items())),
    ("set", lambda: iter({1, 2, 3})),
    ("seq", lambda: iter(Seq())),
    ("enumerate", lambda: enumerate("abc", 5)),
    ("zip", lambda: zip([1, 2, 3], "abc")),
    ("zip_strict", lambda: zip([1, 2, 3], "abc", strict=True)),
    ("map", lambda: map(abs, [-1, -2, -3])),
    ("filter", lambda: filter(None, [0, 1, 2, 3])),
    ("reversed", lambda: reversed("abc")),
]


def shape(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))


for name, make in MAKERS:
    for skip in (0, 2):
        it = make()
        for _ in range(skip):
            next(it)
        out = []
        for proto in range(6):
            p = pickle.dumps(it, proto)
            again = list(pickle.loads(p))
            out.append(f"{proto}:{p.hex() if proto < 4 else ''}:{again}")
        print(name, skip, type(it).__name__, shape(it.__reduce__()))
        print("   copy", list(copy.copy(it)), "original", list(it))
        for o in out:
            print("  ", o)

print(list(pickle.loads(pickle.dumps(iter(iter([1, 2]).__next__, 2)))))
print(shape(iter(iter([1, 2]).__next__, 2).__reduce__()))

for make, state in [(lambda: iter([1, 2, 3]), -5), (lambda: iter([1, 2, 3]), 10), (lambda: reversed([1, 2, 3]), 10),
                    (lambda: reversed([1, 2, 3]), -5), (lambda: iter(range(5)), 99), (lambda: iter("abc"), 2),
                    (lambda: iter("a\U0001F600bc"), 2), (lambda: iter((1, 2)), 1), (lambda: iter(b"xyz"), -1),
                    (lambda: reversed("abc"), 0), (lambda: reversed("abc"), 10), (lambda: iter(range(2**64, 2**64 + 5)), 3),
                    (lambda: iter(Seq()), 1)]:
    it = make()
    it.__setstate__(state)
    print(type(it).__name__, state, list(it), shape(it.__reduce__()))

for bad in ["x", 1.5, 2**70, None]:
    try:
        iter([1]).__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)

z = zip("ab", "cd")
z.__setstate__(True)
print(shape(z.__reduce__()))
print(hasattr(enumerate("a"), "__setstate__"), hasattr(map(abs, []), "__setstate__"))
print(type(reversed({}.keys())).__name__, type(reversed({}.values())).__name__, type(reversed({}.items())).__name__)
