# itertools over generated arguments: islice bounds, groupby keys, tee interleavings, combinatorics
# sizes, zip_longest lengths, accumulate funcs, compress/dropwhile/takewhile predicates.
import itertools as it

state = 2024
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for i in range(150):
    data = [rnd(5) for _ in range(rnd(12))]
    a, b, c = rnd(15) - 2, rnd(15) - 2, rnd(4) - 1
    args = [x if x >= 0 else None for x in (a, b, c)]
    show("islice", lambda: list(it.islice(data, *args[: 1 + rnd(3)])))
    show("groupby", lambda: [(k, len(list(g))) for k, g in it.groupby(data, key=lambda v: v % 2 if rnd(2) else v)])
    t1, t2 = it.tee(data)
    out = []
    for _ in range(len(data) * 2 + 1):
        src = t1 if rnd(2) else t2
        out.append(next(src, "end"))
    print("tee", out)
    r = rnd(4)
    show("product", lambda: list(it.product(data[:3], repeat=rnd(3))))
    show("permutations", lambda: list(it.permutations(data[:4], r)))
    show("combinations", lambda: list(it.combinations(data[:5], r)))
    show("cwr", lambda: list(it.combinations_with_replacement(data[:4], r)))
    show("zip_longest", lambda: list(it.zip_longest(data, data[::2], fillvalue=rnd(3))))
    f = [lambda x, y: x + y, lambda x, y: x * y, max, min][rnd(4)]
    show("accumulate", lambda: list(it.accumulate(data, f, initial=rnd(3) if rnd(2) else None)))
    show("compress", lambda: list(it.compress(data, [rnd(2) for _ in range(rnd(12))])))
    show("dropwhile", lambda: list(it.dropwhile(lambda v: v < 3, data)))
    show("takewhile", lambda: list(it.takewhile(lambda v: v < 3, data)))
    show("pairwise", lambda: list(it.pairwise(data)))
    show("starmap", lambda: list(it.starmap(lambda x, y: x - y, zip(data, data[1:]))))
    show("chain", lambda: list(it.chain(data, data[:2], *[[x] for x in data[:3]])))
    show("cycle", lambda: list(it.islice(it.cycle(data), rnd(30))))
