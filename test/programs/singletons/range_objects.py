# range: len, indexing, slicing into ranges, containment, equality, reversed, repr, count/index, errors.
rs = [range(5), range(2, 10), range(10, 0, -3), range(0), range(-5, 5, 2), range(1, 2 ** 70, 2 ** 60)]
for r in rs:
    print(repr(r), len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], r[::2], 3 in r, r.start, r.stop, r.step)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3)), range(5).count(3), range(0, 20, 5).index(15))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), 2 ** 69 + 1 in range(1, 2 ** 70, 2 ** 60), 5.0 in range(10), "5" in range(10))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: range(1, 2, 0)))
print(err(lambda: range(1.5)))
print(err(lambda: range(5)[5]))
print(err(lambda: range(5).index(7)))
print(err(lambda: range()))
print(err(lambda: range(1, 2, 3, 4)))
print(err(lambda: range(5).__setitem__(0, 1)))
it = iter(range(3))
print(next(it), list(it), type(it).__name__, range(3).__reversed__().__length_hint__(), sum(range(1, 101)), max(range(7)))
print(range(10)[2:8:3], range(10)[-1:-12:-4], range(10)[100:], range(3) != range(4), bool(range(0)), bool(range(1)))
