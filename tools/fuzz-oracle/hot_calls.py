import random, sys, textwrap
# Random functions whose bodies call builtins, builtin types and their methods (the ones with
# fixed-arity forms, len/repr/isinstance/d.get/xs.append/s.add/sep.join/str(x)/int(x)/float(x),
# and others) with 0, 1, 2 and more arguments, keywords, *args/**kwargs, wrong types and counts,
# unbound descriptors, subclasses overriding methods and dunders; and for loops unpacking pairs
# from enumerate/zip/dict items/other iterables (wrong lengths, generators, iterator subclasses,
# mutation while iterating). Each function is called 60 times over three argument sets, so the
# compiled tier runs it too; one line a case: each argument set's distinct outcomes in order.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 61)

PRELUDE = '''import re
class S(str):
    def __str__(self): return "S!"
    def join(self, it): return "<" + str.join(self, it) + ">"
class Bad:
    def __str__(self): return 5
    def __repr__(self): return "Bad()"
    def __len__(self): return -1
    def __index__(self): return "x"
    def __hash__(self): return "h"
class Idx:
    def __index__(self): return 3
    def __repr__(self): return "Idx()"
class I(int):
    def __index__(self): return 7
    def __int__(self): return 8
    def __str__(self): return "I!"
class F(float):
    def __float__(self): return 2.5
    def __repr__(self): return "F(" + float.__repr__(self) + ")"
class HE:
    def __hash__(self): return 1
    def __eq__(self, o): return True
    def __repr__(self): return "HE()"
class Unh:
    __hash__ = None
    def __repr__(self): return "Unh()"
class ML(list):
    def append(self, x): list.append(self, ("ml", x))
    def __len__(self): return 99
class MD(dict):
    def get(self, k, d="md"): return ("mdget", k, d)
    def __missing__(self, k): return "missing"
class MS(set):
    def add(self, x): set.add(self, ("ms", x))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)
class E3(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i, v, 3)
class EI(enumerate):
    def __iter__(self): return iter([(9, 9), (8, 8)])
class Z(zip):
    def __next__(self):
        t = super().__next__()
        if t[0] == 2: raise StopIteration
        return t[::-1]
class M(map):
    def __next__(self): return ("m", super().__next__())
class Pairs:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return (self.n, -self.n) if self.n != 3 else [self.n]
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
class Meta(type):
    def __instancecheck__(cls, x): return x == 1
class Odd(metaclass=Meta): pass
class SubInt(int): pass
class SubStr(str):
    def __init__(self, *a): self.seen = a
class NewStr(str):
    def __new__(cls, x=""): return "new:" + str(x)
class MC(type):
    def __call__(cls, *a, **k): return ("mc", a, k)
class K(metaclass=MC): pass
class Shout:
    def __str__(self): return S("loud")
    def __repr__(self): return "Shout()"
class E0(enumerate): pass
def gen(n):
    for i in range(n): yield (i, i * i)
def failing(n):
    yield from gen(n)
    raise KeyError("midway")

def norm(v):
    # sets of strs in a fixed order (the 32-bit oracle's str hashes order them otherwise)
    if isinstance(v, (set, frozenset)): return Shown(type(v).__name__ + "(" + repr(sorted((norm(x) for x in v), key=repr)) + ")")
    if type(v) in (list, tuple): return type(v)(norm(x) for x in v)
    return v
class Shown(str):
    def __repr__(self): return str(self)
def show(v):
    # (objects' addresses: CPython reuses a freed one, so a case's outcomes would multiply otherwise)
    r = re.sub(" at 0x[0-9a-f]+", "", repr(norm(v)))
    return r if len(r) < 200 else r[:200] + "..."

def run(f, args_sets):
    seen = [[] for _ in args_sets]
    for k in range(60):
        j = k % len(args_sets)
        try:
            r = show(f(*args_sets[j]()))
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        if r not in seen[j]: seen[j].append(r)
    print(" || ".join(" | ".join(s) for s in seen))
'''

VALS = ["0", "1", "-5", "2**70", "True", "1.5", "-0.0", "float('inf')", "''", "'a'", "'abc'", "'a,b c'", "' x '", "b'ab'", "None",
        "[1, 2]", "[]", "(1, 'a')", "()", "{1: 2, 'a': 'b'}", "{}", "{1, 2}", "range(3)", "gen(3)", "iter([4, 5])", "S('s')", "Bad()",
        "Idx()", "I(4)", "F(1.5)", "HE()", "Unh()", "ML([1])", "MD(a=1)", "MS([1])", "SubInt(3)", "SubStr('q')", "[(1, 2), (3, 4)]",
        "['ab', 'cd']", "'\\u00e9'", "Shout()", "type(str(Shout()))", "E0('ab')", "enumerate([1, 2])", "65", "1114112", "-1", "[[1], [2]]", "object()", "len", "int", "str", "3j", "x", "y"]
TYPES = ["int", "str", "float", "bool", "list", "tuple", "dict", "set", "(int, str)", "(list, (tuple, dict))", "object", "type",
         "Odd", "SubInt", "S", "5", "(int, 5)", "ML", "x", "y"]
KW = ["key", "default", "sep", "maxsplit", "start", "reverse", "x", "object", "base", "k", "strict"]


def v():
    return random.choice(VALS)


def args(lo=0, hi=3):
    a = [v() for _ in range(random.choice([lo, 1, 1, 2, 2, hi]))]
    r = random.random()
    if r < 0.12:
        a.append(f"{random.choice(KW)}={v()}")
    elif r < 0.18:
        a.append(f"*{random.choice(['x', 'y', '()', '[1, 2]', '(v for v in [1])'])}")
    elif r < 0.22:
        a.append("**" + random.choice(["{}", "{'key': len}", "dict(default=0)"]))
    return ", ".join(a)


def recv():
    return random.choice(["x", "y", "d", "L", "s", "t", "ml", "md", "ms", "S('-')", "', '", "''"])


UNARY = ["len", "repr", "ascii", "abs", "chr", "ord", "callable", "str", "int", "float", "bool", "tuple", "list", "set",
         "frozenset", "type", "iter", "hash_eq", "hash_type", "sorted", "min", "max", "sum", "any", "all", "next", "bytes", "complex", "reversed", "range",
         "SubInt", "SubStr", "NewStr", "S", "F", "I", "ML", "MD", "K", "E0", "dict", "enumerate", "zip", "divmod", "round", "format", "bin"]
METHODS = ["get", "setdefault", "append", "add", "join", "startswith", "split", "strip", "replace", "pop", "insert", "index",
           "extend", "keys", "items", "update", "union", "intersection", "difference", "issubset", "discard", "remove", "count",
           "endswith", "find", "copy", "clear", "values", "sort", "upper", "isdigit", "__len__", "__contains__", "__getitem__"]
UNBOUND = ["dict.get", "dict.setdefault", "list.append", "set.add", "str.join", "str.startswith", "str.split", "list.pop",
           "dict.items", "int.__add__", "str.__len__", "MD.get", "ML.append", "S.join", "str.upper"]


# receivers that have the method, mostly
FITS = {"d": "get setdefault pop keys items update values copy clear __len__ __contains__ __getitem__",
        "md": "get setdefault pop keys items update values copy __getitem__",
        "L": "append pop insert index extend count copy clear sort remove __len__ __contains__ __getitem__",
        "ml": "append pop insert index extend __len__", "s": "add union intersection difference issubset discard remove pop update copy clear",
        "ms": "add union discard", "S('-')": "join startswith split strip replace count endswith find upper isdigit __len__",
        "', '": "join startswith split strip replace count endswith find upper isdigit index __contains__ __getitem__",
        "t": "count index __len__ __contains__ __getitem__"}


def method_recv(m):
    fits = [r for r, ms in FITS.items() if m in ms.split()]
    return random.choice(fits) if fits and random.random() < 0.75 else recv()


def call_expr():
    r = random.random()
    if r < 0.35:
        f = random.choice(UNARY)
        n = random.random()
        if f.startswith("hash_"):
            # hash(x) == hash(x) of one x (two temporaries may share an address in CPython) and
            # type(hash(x)): str and tuple hashes are 32-bit in the oracle
            if f == "hash_eq":
                return f"[hash(h) == hash(h) for h in [{v()}]]"
            return f"type(hash({random.choice([v(), args()])}))"
        if n < 0.6:
            return f"{f}({v()})"
        return f"{f}({args()})"
    if r < 0.45:
        return f"isinstance({v()}, {random.choice(TYPES)})" if random.random() < 0.8 else f"isinstance({args()})"
    if r < 0.75:
        m = random.choice(METHODS)
        return f"{method_recv(m)}.{m}({args() if random.random() < 0.4 else ', '.join(v() for _ in range(random.choice([0, 1, 1, 2, 2])))})"
    if r < 0.85:
        return f"{random.choice(UNBOUND)}({args(1, 3)})"
    if r < 0.9:
        g = random.choice([u for u in UNARY if not u.startswith("hash")] + ["d.get", "L.append", "s.add", "'-'.join"])
        return f"(lambda g: g({args()}))({g})"
    if r < 0.95:
        return f"{random.choice(['sorted', 'min', 'max', 'sum'])}({v()}, {random.choice(['key=len', 'key=str', 'default=0', 'start=1', 'reverse=True', 'key=None'])})"
    second = random.choice(["2", "0", "36", "'utf-8'", "'ascii'", "1", "base=16", "errors='x'"])
    return f"{random.choice(['int', 'str', 'float', 'bytes'])}({v()}, {second})"


def pair_source():
    n = random.randint(0, 4)
    return random.choice([
        f"enumerate({v()})", f"enumerate({v()}, {random.choice(['1', '-3', '2**70', 'x', 'start=5', 'Idx()'])})", f"zip({v()}, {v()})",
        f"zip({v()}, {v()}, strict=True)", f"zip({v()})", f"zip({v()}, {v()}, {v()})", "d.items()", "d.keys()", "d.values()",
        "x.items()", f"{{i: -i for i in range({n})}}.items()", f"[(1, 2), (3, 4, 5)][:{n}]", "[(1, 2), 'ab', 'abc']", f"gen({n})",
        f"failing({n})", f"E({v()})", f"E3([1, 2])", f"EI([1])", f"Z(range({n}), 'abcd')", f"M(str, range({n}))", f"Pairs({n})",
        "Boom()", "x", "y", f"enumerate(zip({v()}, {v()}))", f"zip(enumerate({v()}), 'xy')", "iter(d.items())",
        f"reversed(d.items())", f"map(divmod, range({n}), [3] * {n})", "md.items()", "enumerate(L)", f"{{(1, 2): 3}}", "enumerate(x)", "E0(L)", "zip(L, L)",
        "zip(d, d.values())", "enumerate(d)", "zip(gen(3), failing(2))", "zip('ab', Boom())", "sh", "sh", "enumerate(sh)",
    ])


def loop():
    r = random.random()
    target = random.choice(["i, w", "i, w", "i, w", "i, (p, q)", "(i, w)", "[i, w]", "i, *w"])
    body = random.choice([
        "R.append((i, w))", "R.append(i)",
        "d[i] = w", "L.append(w)", "d.pop(i, None)", "if i: break", "R.append(len(R))", "continue",
        "d.pop(i, None); d[str(i)] = w", "R.append(str(w))",
    ]) if "p" not in target else "R.append((i, p, q))"
    if "w" not in target:
        body = body.replace("w", "i")
    src = pair_source()
    els = random.choice(["", "", "\nelse:\n    R.append('else')"])
    return f"for {target} in {src}:\n    c += 1\n    if c > 12: break\n    {body}{els}"


def gen_loop():
    # a generator function running a pair loop, driven by list()
    return f"def g():\n    for i, w in {pair_source()}:\n        yield (i, w)\n        yield len(str(w))\nR.append(list(g()))"


def stmt():
    r = random.random()
    if r < 0.08:
        return gen_loop()
    if r < 0.14:
        # the pair iterator lives across calls (sh): the loop ends early and later calls go on with it
        return f"for i, w in sh:\n    R.append((i, w))\n    if i % 3 == {random.randint(0, 2)}: break"
    if r < 0.55:
        return f"R.append({call_expr()})"
    if r < 0.85:
        return loop()
    if r < 0.92:
        return f"R.append([{call_expr()} for _ in range(2)])"
    return f"it = {pair_source()}\nR.append(next(it, 'end')); R.append(list(it))"


out = [PRELUDE]
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 500):
    body = []
    for _ in range(random.randint(1, 4)):
        s = stmt()
        if random.random() < 0.7:
            s = f"try:\n{textwrap.indent(s, '    ')}\nexcept Exception as e:\n    R.append(type(e).__name__ + ': ' + str(e))"
        body.append(s)
    body = "\n".join(["R = []; c = 0", "d = {1: 'a', 2: 'b'}; L = [1, 'x']; s = {1}; t = (1, 2)", "ml = ML(); md = MD(k=1); ms = MS()", "global sh", *body, "return R"])
    out.append(f"sh = {random.choice(['enumerate(range(100))', 'zip(range(50), range(9, 99))', '{i: i for i in range(40)}.items().__iter__()', 'E(range(30))', 'enumerate(gen(30))'])}")
    out.append(f"def f{n}(x, y):\n{textwrap.indent(body, '    ')}")
    arg = lambda: random.choice([a for a in VALS if a not in ("x", "y")])
    sets = ", ".join(f"lambda: ({arg()}, {arg()})" for _ in range(3))
    out.append(f"print({n}, end=' '); run(f{n}, [{sets}])")
sys.stdout.write("\n".join(out) + "\n")
