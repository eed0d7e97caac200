import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 61)

# Regex pieces. A pattern is drawn from a small grammar as text; for a bytes pattern only pieces
# that fit in Latin-1 are drawn. Quantifiers nest at most two deep and subjects stay short, so
# that no drawn search backtracks for long.
LIT_STR = list("abcAB01 _-.") + ["ß", "ẞ", "İ", "ı", "ſ", "s", "S", "K", "\u212a", "k", "σ", "ς", "Σ", "é", "É", "ǅ", "ǆ", "Ǆ", "ﬁ", "٣", "🙂", "\U0001d518", "\u0345", "ι", "µ", "Μ", "\u1e9e", "\u0130"]
LIT_BYTES = list("abcAB01 _-.") + ["\xe9", "\xc9", "\xdf", "\xb5", "\xff", "\x80"]
ESC_STR = [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\.", r"\*", r"\(", r"\-", r"\n", r"\t", r"\x41", r"\u00e9", r"\U0001F642", r"\0", r"\101", r"\N{LATIN SMALL LETTER SHARP S}", r"\\", r"\]", r"\u212a", r"\xdf"]
ESC_BYTES = [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\.", r"\*", r"\(", r"\-", r"\n", r"\t", r"\x41", r"\xe9", r"\0", r"\101", r"\\", r"\]"]
ANCHORS = ["^", "$", r"\A", r"\Z", r"\b", r"\B"]
CLASS_ITEMS_STR = ["a-c", "x-z", "A-Z", "0-9", "α-ω", "ß", "ſ", "K", "\u212a", "σ", "ς", "é-ü", r"\d", r"\w", r"\s", r"\W", "-", r"\]", r"\\", "_", "^", "🙂", "\U0001d518", r"\x00-\x1f", r"\u0100-\u017f", "İ", "ı", "ǅ", "٠-٩", ".", "$", "|", r"\b"]
CLASS_ITEMS_BYTES = ["a-c", "x-z", "A-Z", "0-9", r"\d", r"\w", r"\s", r"\W", "-", r"\]", r"\\", "_", "^", r"\x00-\x1f", r"\x80-\xff", "\xe9", "\xdf", ".", "$", "|", r"\b"]
QUANTS = ["*", "+", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "{2,}", "{,2}", "{0}", "{1,1}", "{2,4}", "{3}"]
FLAG_LETTERS_STR = "imsxau"
FLAG_LETTERS_BYTES = "imsxaL"
NAMES = ["n", "x", "abc", "g1", "é"]

# The small-alphabet mode: patterns and subjects over "ab" (and a few others), where matches are
# common and backtracking through groups inside repeats decides the spans.
SMALL_LIT = ["a", "b", "a", "b", "c", "ab", "ba"]
SMALL_ESC = [r"\w", r"\W", r"\b", r"\B", "$", "^", r"\Z", r"\A", r"\n"]
SMALL_CLASS = ["[ab]", "[^a]", "[^b]", "[a\n]", "[^ab]", "[a-c]", "[b]"]

class Gen:
    def __init__(self, is_bytes, small=False):
        self.b = is_bytes
        self.small = small
        self.groups = 0
        self.names = []
        self.qdepth = 0
        self.closed = []  # the groups that may be referred to (a group is open inside itself)

    def lit(self):
        if self.small: return random.choice(SMALL_LIT)
        return random.choice(LIT_BYTES if self.b else LIT_STR)

    def klass(self):
        if self.small: return random.choice(SMALL_CLASS)
        items = CLASS_ITEMS_BYTES if self.b else CLASS_ITEMS_STR
        body = "".join(random.choice(items) for _ in range(random.randint(1, 3)))
        neg = "^" if random.random() < 0.3 else ""
        if body.startswith("^") and not neg and random.random() < 0.5:
            body = "a" + body
        return "[" + neg + body + "]"

    def atom(self, depth):
        k = random.random()
        if depth <= 0 or k < 0.35:
            r = random.random()
            if r < 0.45: return self.lit()
            if r < 0.65: return random.choice(SMALL_ESC if self.small else ESC_BYTES if self.b else ESC_STR)
            if r < 0.8: return self.klass()
            if r < 0.9: return "."
            return random.choice(ANCHORS)
        r = random.random()
        if r < 0.25:
            self.groups += 1
            n = self.groups
            body = self.alt(depth - 1)
            if random.random() < 0.9: self.closed.append(str(n))
            return "(" + body + ")"
        if r < 0.37:
            name = random.choice(NAMES if not self.b else NAMES[:4])
            if name in self.names:
                return "(?P=" + name + ")" if name in self.closed else "(?:" + self.lit() + ")"
            self.groups += 1
            self.names.append(name)
            n = self.groups
            body = self.alt(depth - 1)
            if random.random() < 0.9: self.closed += [str(n), name]
            return "(?P<" + name + ">" + body + ")"
        if r < 0.47:
            return "(?:" + self.alt(depth - 1) + ")"
        if r < 0.55:
            return random.choice(["(?=", "(?!"]) + self.alt(depth - 1) + ")"
        if r < 0.63:
            # look-behind: fixed width pieces only (mostly), an odd one is an error to compare
            body = "".join(self.fixed() for _ in range(random.randint(1, 2)))
            if random.random() < 0.1: body += random.choice(["*", "+", "|ab", "{1,2}"])
            return random.choice(["(?<=", "(?<!"]) + body + ")"
        if r < 0.7 and self.closed:
            ref = random.choice(self.closed)
            return "\\" + ref if ref.isdigit() else "(?P=" + ref + ")"
        if r < 0.78 and self.closed:
            ref = random.choice(self.closed)
            no = "|" + self.seq(depth - 1) if random.random() < 0.7 else ""
            return "(?(" + ref + ")" + self.seq(depth - 1) + no + ")"
        if r < 0.88:
            letters = FLAG_LETTERS_BYTES if self.b else FLAG_LETTERS_STR
            on = "".join(random.sample("imsx", random.randint(0, 2)))
            if random.random() < 0.15: on += random.choice(letters[4:])
            rest = [c for c in "imsx" if c not in on]
            off = "-" + "".join(random.sample(rest, random.randint(1, 2))) if random.random() < 0.3 else ""
            if not on and not off: on = "i"
            return "(?" + on + off + ":" + self.alt(depth - 1) + ")"
        return self.lit() + self.lit()

    def fixed(self):
        r = random.random()
        if r < 0.5: return self.lit()
        if r < 0.7: return self.klass()
        if r < 0.8: return random.choice([r"\d", r"\w", r"\s", "."])
        if r < 0.9: return random.choice([r"\b", "^", "$"])
        return "(?:" + self.lit() + "|" + self.lit() + ")"

    def piece(self, depth):
        if random.random() < 0.3 and self.qdepth < 2:
            self.qdepth += 1
            a = self.atom(depth)
            self.qdepth -= 1
            if a in ANCHORS and random.random() < 0.9: return a
            q = random.choice(QUANTS)
            if random.random() < 0.3: q += "?"
            if random.random() < 0.005: q += random.choice("+*")  # no possessive repeats in 3.10
            return a + q
        return self.atom(depth)

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(random.randint(1, 3)))

    def alt(self, depth):
        s = self.seq(depth)
        while random.random() < 0.2:
            s += "|" + self.seq(depth)
        return s

def pattern(is_bytes, small=False):
    g = Gen(is_bytes, small)
    p = g.alt(random.randint(1, 3))
    if random.random() < 0.15:
        letters = FLAG_LETTERS_BYTES if is_bytes else FLAG_LETTERS_STR
        p = "(?" + "".join(random.sample(letters, random.randint(1, 2))) + ")" + p
    if random.random() < 0.12:
        p = mutate(p)
    return p

BROKEN = ["*", "+", "?", "{", "}", "(", ")", "[", "]", "|", "\\", "(?", "(?P", "(?P<", "(?<", "(?(", "{1,", "{3,1}", "**", "+?+", "\\q", "\\8", "\\g", "(?z)", "(?-", "(?i-i:", "(?P<1a>", "(?P=zz)", "\\N{NOPE}", "\\u12", "\\x4", "[z-a]", "[\\d-z]", "(?#c", "(?<=a*)", "(?(9)a|b)", "(?(a|b)", "\\400", "[[:alpha:]]", "--", "&&", "~~", "||", "(?L)", "(?au)", "(?x)", "#"]

def mutate(p):
    k = random.random()
    i = random.randint(0, len(p))
    if k < 0.5: return p[:i] + random.choice(BROKEN) + p[i:]
    if k < 0.8 and p: return p[:i] + p[i + 1:]
    return p + random.choice(BROKEN)

SUBJ_STR = list("aabbcAB01 _-\n.") + ["ß", "SS", "ss", "ẞ", "İ", "i̇", "ı", "I", "ſ", "s", "S", "K", "\u212a", "k", "σ", "ς", "Σ", "é", "É", "ǅ", "ǆ", "Ǆ", "ﬁ", "fi", "٣", "१", "🙂", "\U0001d518", "\u0345", "ι", "µ", "Μ", "μ", "\u2028", "\x85", "\x1c", "\u00a0", "\t", "\x00"]
SUBJ_BYTES = list("aabbcAB01 _-\n.") + ["\xe9", "\xc9", "\xdf", "\xb5", "\xff", "\x80", "\x85", "\xa0", "\t", "\x00", "\x1c", "\x0b"]

def small_subject(is_bytes):
    s = "".join(random.choice("aaabbbc\n") for _ in range(random.randint(0, 14)))
    return repr(s.encode()) if is_bytes else repr(s)

def subject(is_bytes, pat=""):
    # half the characters come from the pattern (or their other case), so that matches are common
    chars = SUBJ_BYTES if is_bytes else SUBJ_STR
    own = [c for c in pat if c not in "\\()[]{}?*+|^$" and (not is_bytes or ord(c) < 256)]
    def one():
        if own and random.random() < 0.5:
            c = random.choice(own)
            o = c.swapcase()
            return o if random.random() < 0.3 and len(o) == 1 and (not is_bytes or ord(o) < 256) else c
        return random.choice(chars)
    s = "".join(one() for _ in range(random.randint(0, 9)))
    return repr(s.encode("latin-1")) if is_bytes else repr(s)

def lit(p, is_bytes):
    return repr(p.encode("latin-1")) if is_bytes else repr(p)

def flags(is_bytes):
    fl = [f for f in ["re.I", "re.M", "re.S", "re.X", "re.A"] if random.random() < 0.18]
    if is_bytes and random.random() < 0.05: fl.append("re.L")
    if not is_bytes and random.random() < 0.02: fl.append(random.choice(["re.L", "re.U"]))
    return "|".join(fl) or "0"

TEMPLATES_STR = ["''", "'-'", r"r'\1'", r"r'<\g<0>>'", r"r'\g<1>\g<1>'", r"r'\g<n>'", r"r'[\0]'", r"r'\n\t'", r"r'\q'", r"r'\g<'", r"r'\g<99>'", r"r'\2\1'", r"r'\\'", r"r'\g<x>'", "'ß'", r"r'\g<-1>'", r"r'\g<1a>'", r"r'\11'", r"r'\01\x'", r"r'\x41'", r"'\\'", r"r'\g<é>'"]
CALLABLES = ["lambda m: m.group(0)[::-1]", "lambda m: str(m.span())", "lambda m: None", "lambda m: m.group(m.lastindex or 0) or ''", "lambda m: 1", "lambda m: '|'.join(map(str, m.groups()))"]

def call():
    is_bytes = random.random() < 0.2
    small = random.random() < 0.4
    raw = pattern(is_bytes, small)
    p = lit(raw, is_bytes)
    s = small_subject(is_bytes) if small else subject(is_bytes, raw)
    if is_bytes and random.random() < 0.15: s = random.choice(["bytearray", "memoryview"]) + "(" + s + ")"
    f = flags(is_bytes)
    k = random.random()
    if k < 0.14: return f"M(re.search({p}, {s}, {f}))"
    if k < 0.22: return f"M(re.match({p}, {s}, {f}))"
    if k < 0.3: return f"M(re.fullmatch({p}, {s}, {f}))"
    if k < 0.36:
        a, b = random.randint(-1, 5), random.randint(0, 9)
        meth = random.choice(["search", "match", "fullmatch"])
        return f"M(re.compile({p}, {f}).{meth}({s}, {a}, {b}))"
    if k < 0.46: return f"re.findall({p}, {s}, {f})"
    if k < 0.54: return f"[M(m) for m in re.finditer({p}, {s}, {f})]"
    if k < 0.66:
        if random.random() < 0.3:
            r = random.choice(CALLABLES)
            if is_bytes: r = r.replace("str(", "ascii(").replace("''", "b''").replace("'|'", "b'|'") + (".encode()" if "ascii(" in r else "")
        else:
            r = random.choice(TEMPLATES_STR)
            if is_bytes: r = "b" + r.lstrip("r") if not r.startswith("r") else "rb" + r[1:]
            if is_bytes and ("ß" in r or "é" in r): r = "b''"
        fn = random.choice(["sub", "subn"])
        cnt = random.choice(["", ", count=1", ", 2", ", count=0"])
        return f"re.{fn}({p}, {r}, {s}{cnt}, flags={f})"
    if k < 0.74:
        ms = random.choice(["", ", 1", ", maxsplit=2", ", 0", ", -1"])
        return f"re.split({p}, {s}{ms}, flags={f})"
    if k < 0.8: return f"P(re.compile({p}, {f}))"
    if k < 0.87:
        t = random.choice(TEMPLATES_STR)
        if is_bytes: t = "b''" if ("ß" in t or "é" in t) else ("rb" + t[1:] if t.startswith("r") else "b" + t)
        return f"E(re.search({p}, {s}, {f}), {t})"
    if k < 0.88: return f"re.escape({s})"
    if k < 0.95: return api_call()
    # a pattern that is likely broken: its error's message and position
    return f"P(re.compile({lit(mutate(pattern(is_bytes)), is_bytes)}, {f}))"

# Pattern and Match methods called with random (often wrong) arguments: the clinic's conversions
# and messages.
ARGS = ["0", "1", "-1", "2", "5", "True", "1.5", "None", "'n'", "b'n'", "'ab'", "b'ab'", "2**63", "-2**63-1", "2**100", "I()", "[]", "'x'", "r'\\1'", "lambda m: 'z'", "S('aba')"]
KWS = ["pos", "endpos", "string", "count", "maxsplit", "repl", "default", "template", "flags", "x"]
PAT_METHODS = ["match", "fullmatch", "search", "findall", "finditer", "scanner", "split", "sub", "subn", "__copy__", "__deepcopy__", "__eq__", "__class_getitem__"]
MATCH_METHODS = ["group", "groups", "groupdict", "start", "end", "span", "expand", "__getitem__", "__copy__", "__deepcopy__", "__class_getitem__"]

def api_call():
    args = [random.choice(ARGS) for _ in range(random.choice([0, 1, 1, 2, 2, 3, 4]))]
    kws = [f"{k}={random.choice(ARGS)}" for k in random.sample(KWS, random.choice([0, 0, 0, 1, 2]))]
    a = ", ".join(args + kws)
    if random.random() < 0.5:
        meth = random.choice(PAT_METHODS)
        post = "" if meth not in ("finditer", "scanner") else (".__next__()" if meth == "finditer" else ".search()")
        return f"R(PAT.{meth}({a}){post})"
    return f"R(MAT.{random.choice(MATCH_METHODS)}({a}))"

lines = [f"t({call()!r})" for _ in range(2500)]
sys.stdout.write('''import re, warnings
warnings.simplefilter('error')
def M(m):
    if m is None: return None
    return (m.span(), m.group(0), m.groups(), m.groupdict('-'), m.lastindex, m.lastgroup, m.regs[1:], m.pos, m.endpos)
def P(p):
    return (p.pattern, p.flags, p.groups, dict(p.groupindex), repr(p))
class I:
    def __index__(self): return 1
class S(str): pass
PAT = re.compile('(?P<n>a)(b)?')
MAT = PAT.search('xab')
def R(x):
    return type(x).__name__ + ':' + (repr(M(x)) if type(x) is re.Match else repr(x) if type(x) is not re.Pattern and not callable(x) else '')
def E(m, t):
    return None if m is None else m.expand(t)
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
