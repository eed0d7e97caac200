# Generator pipelines: reading "lines", filtering, transforming, windowing, and infinite sequences.
import itertools
log = """INFO start
WARN disk 81%
INFO tick
ERROR failed to open
INFO tick
WARN disk 93%
ERROR timeout""".splitlines()
def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield level, msg
def only(level, records):
    return (msg for lv, msg in records if lv == level)
print(list(only("WARN", parse(log))), list(only("ERROR", parse(log))))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 15)))
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(itertools.takewhile(lambda v: v < 200, squares)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def flatten(it):
    for x in it:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, (2, [3, (4,)]), 5])))
