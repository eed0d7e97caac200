# random with a fixed seed reproduces CPython's sequences: random, randint, choice, shuffle, sample, uniform, getrandbits.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10), random.getrandbits(70))
items = list(range(10))
random.shuffle(items)
print(items, random.choice("abcdefg"), random.sample(range(100), 5), random.choices("abc", k=6), random.choices("xyz", weights=[1, 0, 5], k=5))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.randbytes(6))
print(f"{random.gauss(0, 1):.12f} {random.normalvariate(5, 2):.12f} {random.expovariate(1.5):.12f} {random.betavariate(2, 3):.12f}")
# A float seed is hashed, and hashes differ between 32- and 64-bit builds: only ints, str and bytes here.
for seed in [0, 1, 2 ** 40, -7, "a string", b"bytes", bytearray(b"ba")]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 10 ** 12))
state = random.getstate()
a = [random.random() for _ in range(2)]
random.setstate(state)
print(a == [random.random() for _ in range(2)])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: random.randint(5, 1)), err(lambda: random.choice([])), err(lambda: random.sample(range(3), 5)), err(lambda: random.randrange(1, 1)))
