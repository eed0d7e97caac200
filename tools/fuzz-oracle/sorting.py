import random, sys
# Sorting and its neighbours on random data: list.sort and sorted with keys, reverse and
# stability (records with equal keys), mixed types that cannot be ordered (the "'<' not supported
# between instances of ..." message and which pair it names), keys and comparisons that raise, a
# list mutated by its key function ("list modified during sort"), min/max with key/default and
# several arguments, heapq.merge/nsmallest with keys, bisect with key-less sorted data, and
# functools.cmp_to_key. One line per call: the result or the exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 177)

ELEMS = ["1", "-2", "3.5", "float('nan')", "True", "'a'", "'B'", "''", "(1, 2)", "(1, 'x')", "[3]", "None", "2**70", "1j", "b'z'", "frozenset({1})", "{1}", "W(2)", "W(1)", "Bad()"]
KEYS = ["None", "abs", "str", "len", "lambda v: -v", "lambda v: (type(v).__name__, v)", "lambda v: 0", "lambda v: 1 / 0", "str.lower", "lambda v: v[0]", "repr"]  # (no hash: its values are the 32-bit oracle's and addresses)


def data(n=None):
    n = random.randint(0, 6) if n is None else n
    pool = random.sample(ELEMS, random.randint(1, 4))
    return "[" + ", ".join(random.choice(pool) for _ in range(n)) + "]"


def expr():
    r = random.random()
    if r < 0.35:
        return f"sorted({data()}, key={random.choice(KEYS)}, reverse={random.choice(['False', 'True', '1', 'None'])})"
    if r < 0.5:
        return f"(lambda l: (l.sort(key={random.choice(KEYS)}), l)[1])({data()})"
    if r < 0.6:
        return f"[r[1] for r in sorted([(k % 3, i) for i, k in enumerate(range({random.randint(0, 12)}))], key=lambda t: t[0], reverse={random.choice(['False', 'True'])})]"
    if r < 0.7:
        return f"{random.choice(['min', 'max'])}({data()}{random.choice(['', ', key=' + random.choice(KEYS), ', default=0', ', key=abs, default=None'])})"
    if r < 0.78:
        return f"{random.choice(['min', 'max'])}({', '.join(random.choice(ELEMS) for _ in range(random.randint(0, 3)))})"
    if r < 0.84:
        return "(lambda l: (l.sort(key=lambda v: l.append(v) or v), l)[1])([3, 1, 2])"
    if r < 0.9:
        return f"sorted({data()}, key=functools.cmp_to_key(lambda a, b: {random.choice(['(a > b) - (a < b)', 'b - a', '0', 'None', '1 / 0'])}))"
    if r < 0.95:
        return f"list(heapq.merge(sorted({data()}), sorted({data()}){random.choice(['', ', key=str', ', reverse=True'])}))"
    return f"heapq.nsmallest({random.randint(-1, 3)}, {data()}, key={random.choice(KEYS)})"


lines = [f"t({expr()!r})" for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000)]
sys.stdout.write('''import functools, heapq
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v if isinstance(o, W) else NotImplemented
    def __repr__(self): return f"W({self.v})"
class Bad:
    def __lt__(self, o): raise KeyError("lt")
    def __gt__(self, o): raise KeyError("gt")
    def __repr__(self): return "Bad()"
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
