# _random.Random: seeding (ints, negative ints, big ints, hashables), random(), getrandbits,
# getstate/setstate round trips and their errors.
import _random

def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)

for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, -(2**100), 10**50, "abc", b"xyz", (1, 2), True, None.__class__]:
    try:
        r = _random.Random(seed)
    except Exception as e:
        print("seed", repr(seed), type(e).__name__, e)
        continue
    if seed in ("abc", b"xyz", (1, 2), None.__class__):
        print("seeded from hash", repr(seed))  # hash-based: str/bytes hashes differ between builds
        continue
    print("seed", repr(seed), [r.random() for _ in range(3)], [r.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 100)])

r = _random.Random(7)
for k in [0, 1, 2, 8, 16, 32, 63, 64, 65, 127, 128, 129, 1000]:
    show("getrandbits %d" % k, r.getrandbits, k)
show("getrandbits -1", r.getrandbits, -1)
show("getrandbits 1.5", r.getrandbits, 1.5)
show("getrandbits none", r.getrandbits)
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[:3])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
r.seed(5)
print(r.random())
r.seed()
print(type(r.random()).__name__)
show("setstate list", r.setstate, list(st))
show("setstate short", r.setstate, st[:10])
show("setstate bad index", r.setstate, st[:-1] + (625,))
show("setstate neg", r.setstate, (-1,) + st[1:])
show("setstate str", r.setstate, ("a",) + st[1:])
show("seed 2 args", r.seed, 1, 2)
show("Random kw", lambda: _random.Random(x=1))
show("Random 2", lambda: _random.Random(1, 2))
print(_random.Random.__name__, _random.Random.__module__, type(_random.Random()).__name__)

# (float seeds go through hash(), whose width differs: the oracle is a 32-bit build)
class R(_random.Random):
    def __init__(self, a, b=0):
        self.seed(a + b)
show("R 2 args", lambda: R(40, 2))
r = R(42)
print([r.random() for _ in range(3)])
r.extra = 1
print(r.extra)
r = _random.Random(12345)
print(sum(r.random() for _ in range(10000)))
print(r.getrandbits(2000) % 1000003)
