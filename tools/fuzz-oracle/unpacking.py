import random, sys
# Random assignment targets (nested tuples and lists, one starred name, subscripts, attributes,
# chained targets) and for-loop and comprehension targets, assigned from sources of every length and
# kind (sequences, str, dict, range, generators, iterators failing midway, non-iterables), plus
# displays with * and ** unpacking: the bound values or the error ("not enough values to unpack
# (expected 3, got 2)", "cannot unpack non-iterable int object", ...).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 88)

NAMES = ["a", "b", "c", "d"]


def target(depth, allow_star=True):
    r = random.random()
    if depth > 1 or r < 0.45:
        return random.choice(NAMES + ["o.x", "L[0]", "D['k']", "L[1:2]"])
    n = random.randint(0, 3)
    items = [target(depth + 1) for _ in range(n)]
    if allow_star and items and random.random() < 0.4:
        items[random.randrange(len(items))] = "*" + random.choice(NAMES)
    if len(items) == 1 and random.random() < 0.5:
        return f"({items[0]},)" if not items[0].startswith("*") else f"[{items[0]}]"
    return random.choice(["({})", "[{}]"]).format(", ".join(items)) if items else random.choice(["()", "[]"])


def source():
    n = random.randint(0, 4)
    return random.choice([
        f"{tuple(range(n))!r}", f"{list(range(n))!r}", repr("xyzw"[:n]), f"range({n})", f"{{k: 0 for k in 'pqrs'[:{n}]}}",
        f"(i for i in range({n}))", f"failing({n})", "5", "None", f"[[1, 2], (3, 4), 'ab'][:{n}]", f"{{1, 2}}", f"iter([{n}] * {n})",
        f"[(1, 2)] * {n}", f"b'ab'[:{n}]",
    ])


def statement():
    r = random.random()
    if r < 0.5:
        targets = " = ".join(target(0) for _ in range(random.choice([1, 1, 1, 2])))
        return f"{targets} = {source()}"
    if r < 0.65:
        return f"for {target(0)} in [{source()}, {source()}]: R.append(({random.choice(NAMES)},))"
    if r < 0.75:
        return f"R.append([{random.choice(NAMES)} for {target(0)} in [{source()}]])"
    if r < 0.9:
        return f"R.append([{random.choice(['*', ''])}{source()}, *{source()}])"
    return f"R.append({{**{random.choice(['{1: 2}', 'dict(a=1)', '[]', 'None', '{}'])}, 'z': 0}})"


out = ['''R = []
class O: pass
def failing(n):
    yield from range(n)
    raise KeyError("midway")
def case(src):
    R.clear()
    ns = {"R": R, "o": O(), "L": [9, 8, 7], "D": {}, "failing": failing}
    try:
        exec(src, ns)
        print(R, [ns.get(n, "-") for n in "abcd"], vars(ns["o"]), ns["L"], ns["D"])
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.offset)
    except Exception as e:
        print(R, type(e).__name__, e)
''']
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 600):
    src = "\n".join(statement() for _ in range(random.randint(1, 3)))
    out.append(f"case({src!r})")
sys.stdout.write("\n".join(out) + "\n")
