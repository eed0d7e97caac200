import random, sys
# Structural pattern matching: random match statements (literal, capture, wildcard, value, group,
# sequence with star, mapping with **rest, class patterns with positional and keyword sub-patterns
# against __match_args__ good and bad, OR and AS patterns, guards with walrus) compiled with
# compile() (a SyntaxError prints its message and position), then run against random subjects of
# every kind (builtin and user sequences and mappings, strs and bytes that are no sequences,
# objects whose __len__/__getitem__/get/__eq__ raise). Each run prints which case matched and the
# names bound then, including those left by patterns and guards that failed before it; or the
# exception's type and message. The function's code object (co_code, co_consts, co_linetable...) is
# printed too. Some statements run at module level (STORE_NAME) or in a class.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 310)

NAMES = ["a", "b", "c", "d", "rest"]
LITERALS = ["0", "1", "-1", "2", "1.0", "-0.0", "1.5", "1j", "1+2j", "-1-2j", "0j", "'a'", "'ab'", "''",
            "b'a'", "b''", "'a' 'b'", "None", "True", "False", "10**0" if False else "3"]
VALUES = ["C.ONE", "C.A", "C.NONE", "C.T", "C.LIST", "C.NAN", "C.Sub.X", "C.MISSING"]
CLASSES = ["Point", "P3", "NoArgs", "BadList", "BadElem", "Loud", "int", "str", "bool", "float", "bytes",
           "list", "tuple", "dict", "object", "C.NotAType", "Point.Nested", "frozenset", "bytearray", "Sub"]
KEYS = ["0", "1", "'a'", "'b'", "'x'", "None", "True", "b'a'", "C.ONE", "C.A", "-1", "1.0", "2"]
ATTRS = ["x", "y", "z", "real", "imag", "a", "__class__", "missing"]


NOCAP = [False]


def name():
    return random.choice(LITERALS) if NOCAP[0] else random.choice(NAMES)


def pattern(depth, top=False):
    r = random.random()
    if depth > 2:
        r = r * 0.45
    if r < 0.12:
        return random.choice(LITERALS)
    if r < 0.24:
        return name()
    if r < 0.3:
        return "_"
    if r < 0.38:
        return random.choice(VALUES)
    if r < 0.45:
        return random.choice(CLASSES) + "()"
    if r < 0.6:
        items = [pattern(depth + 1) for _ in range(random.randint(0, 3))]
        if random.random() < 0.5:
            items.insert(random.randint(0, len(items)), "*" + random.choice(["_"] if NOCAP[0] else NAMES + ["_", "_"]))
        if random.random() < 0.05:
            items.append("*" + random.choice(NAMES))
        if top and items and random.random() < 0.3:
            return ", ".join(items) + random.choice(["", ","])
        if random.random() < 0.5:
            return "[" + ", ".join(items) + "]"
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if r < 0.72:
        items = [f"{random.choice(KEYS)}: {pattern(depth + 1)}" for _ in range(random.randint(0, 3))]
        if not NOCAP[0] and random.random() < 0.35:
            items.append("**" + random.choice(NAMES + ["_"] if random.random() < 0.1 else NAMES))
        return "{" + ", ".join(items) + "}"
    if r < 0.84:
        args = [pattern(depth + 1) for _ in range(random.randint(0, 3))]
        kws = [f"{random.choice(ATTRS)}={pattern(depth + 1)}" for _ in range(random.randint(0, 2))]
        parts = args + kws
        if random.random() < 0.05:
            random.shuffle(parts)
        return random.choice(CLASSES) + "(" + ", ".join(parts) + ")"
    if r < 0.93:
        saved = NOCAP[0]
        NOCAP[0] = saved or random.random() < 0.7
        alts = [pattern(depth + 1) for _ in range(random.randint(2, 3))]
        NOCAP[0] = saved
        s = " | ".join(alts)
        return s if top else "(" + s + ")"
    s = f"{pattern(depth + 1)} as {random.choice(NAMES + ['_'] if random.random() < 0.05 else NAMES)}"
    return s if top else "(" + s + ")"


def guard():
    return random.choice(["a", "not a", "b == 1", "len(str(c)) > 2", "(d := 5)", "boom()", "s", "rest",
                          "isinstance(a, int)", "a is not None and a > 0"])


def match_stmt(pad):
    lines = [pad + f"match {random.choice(['s', 's,', 's, 1', '(*s,)' if random.random() < 0.3 else 's', '[s]'])}:"]
    for k in range(random.randint(1, 4)):
        g = f" if {guard()}" if random.random() < 0.3 else ""
        p = pattern(0, True)
        while random.random() < 0.8 and (p in NAMES or p == "_" or "| _" in p or " as " in p and p.split(" as ")[0] in NAMES):
            p = pattern(0, True)
        lines.append(pad + f"    case {p}{g}:")
        lines.append(pad + f"        R = {k}")
    if random.random() < 0.15:
        lines.append(pad + "    case _:")
        lines.append(pad + "        R = 'default'")
    return lines


PRELUDE = r'''import collections, collections.abc, array
class Boom(Exception): pass
def boom(): raise Boom("guard")
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x=0, y=0): self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x!r}, {self.y!r})"
    class Nested:
        __match_args__ = ("v",)
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0): super().__init__(x, y); self.z = z
    def __repr__(self): return f"P3({self.x!r}, {self.y!r}, {self.z!r})"
class NoArgs:
    def __repr__(self): return "NoArgs()"
class BadList:
    __match_args__ = ["x"]
    x = 1
class BadElem:
    __match_args__ = ("x", 3)
    x = 2
class Loud:
    __match_args__ = ("x",)
    @property
    def x(self): raise Boom("attr")
    def __repr__(self): return "Loud()"
class Sub(int):
    __match_args__ = ("real", "imag")
class Seq(collections.abc.Sequence):
    def __init__(self, *v): self.v = v
    def __len__(self): return len(self.v)
    def __getitem__(self, i): return self.v[i]
    def __repr__(self): return f"Seq{self.v!r}"
class BadLen(Seq):
    def __len__(self): raise Boom("len")
    def __repr__(self): return "BadLen()"
class BadItem(Seq):
    def __getitem__(self, i): raise Boom("getitem")
    def __repr__(self): return "BadItem()"
class Map(collections.abc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
    def __getitem__(self, k): return self.d[k]
    def __repr__(self): return f"Map({self.d!r})"
class BadGet(Map):
    def get(self, k, default=None): raise Boom("get")
    def __repr__(self): return "BadGet()"
class NeverEq:
    def __eq__(self, o): raise Boom("eq")
    __hash__ = object.__hash__
    def __repr__(self): return "NeverEq()"
class C:
    ONE = 1
    A = "a"
    NONE = None
    T = (1, 2)
    LIST = [1]
    NAN = float("nan")
    NotAType = 3
    class Sub:
        X = 1.0
nan = float("nan")
SUBJ = [0, 1, -1, 2, 1.0, -0.0, 1.5, 1j, 1+2j, True, False, None, "a", "ab", "", b"a", b"", bytearray(b"a"),
        [], [1], [1, 2], [1, 2, 3], (1,), (1, 2), ("a", "b"), [[1, 2], 3], (None, (1, "a")), [1, [2, [3]]],
        range(3), range(0), collections.deque([1, 2]), array.array("i", [1, 2]), memoryview(b"ab"),
        {}, {"a": 1}, {0: 1, 1: 2}, {"a": 1, "b": 2, "x": 3}, {None: None, True: 0}, {b"a": "a", 1.0: 1},
        collections.OrderedDict(a=1), collections.defaultdict(int, a=1), collections.Counter("aab"),
        Point(1, 2), Point("a", None), P3(1, 2, 3), NoArgs(), BadList(), BadElem(), Loud(), Sub(5),
        Seq(1, 2), Seq(), BadLen(), BadItem(), Map(a=1, b=2), Map(), BadGet(), NeverEq(),
        {1, 2}, frozenset({1}), nan, [nan], {"a": nan}, Point(nan, [1]), iter([1, 2]), 10**20, "a" * 3]
def show(ns):
    return sorted((k, v) for k, v in ns.items() if k in ("a", "b", "c", "d", "rest", "R"))
def run(i, src, subjects, where):
    try:
        code = compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(i, "SyntaxError", e.msg, e.lineno, e.offset)
        return
    if where != "module":
        fc = [k for k in code.co_consts if hasattr(k, "co_code")][0]
        print(i, "code", fc.co_code.hex(), fc.co_stacksize, fc.co_nlocals, fc.co_varnames, fc.co_names)
        print(i, "consts", [k for k in fc.co_consts if not hasattr(k, "co_code")], fc.co_linetable.hex())
    for j in subjects:
        s = SUBJ[j]
        g = dict(globals())
        try:
            if where == "module":
                ns = {"s": s, "boom": boom, "C": C, "Point": Point, "P3": P3, "NoArgs": NoArgs,
                      "BadList": BadList, "BadElem": BadElem, "Loud": Loud, "Sub": Sub}
                exec(code, ns)
                print(i, j, show(ns))
            else:
                exec(code, g)
                print(i, j, g["f"](s))
        except Exception as e:
            print(i, j, type(e).__name__, e)
'''

out = [PRELUDE]
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 600):
    where = random.choice(["function", "function", "function", "module", "class"])
    if where == "module":
        src = "\n".join(match_stmt("")) + "\n"
    elif where == "class":
        src = "\n".join(["def f(s):", "    class K:"] + match_stmt("        ") + ["    return show(vars(K))"]) + "\n"
    else:
        src = "\n".join(["def f(s):"] + match_stmt("    ") + ["    return show(locals())"]) + "\n"
    subjects = [random.randrange(67) for _ in range(random.randint(3, 8))]
    out.append(f"run({i}, {src!r}, {subjects!r}, {where!r})")
sys.stdout.write("\n".join(out) + "\n")
