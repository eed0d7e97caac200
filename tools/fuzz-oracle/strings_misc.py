import random, sys
# Strings beyond str_methods: str.translate with tables of every kind (dict of ints, strs, None,
# bad values, str.maketrans in its three forms and its errors, a __getitem__ that raises
# LookupError or others), textwrap (wrap/fill/shorten/dedent/indent with random options),
# string.capwords, expandtabs/splitlines/partition/rpartition/removeprefix/zfill/center/count/find
# with odd arguments, int()/float()/complex() of strings of Unicode digits and spaces, and the
# str predicates (isidentifier, isprintable, isnumeric, isdecimal, isdigit, isalpha, isalnum,
# isspace, istitle, isupper, islower, isascii) and case mappings over random code points of many
# categories. Each line is one call's repr or its exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 4242)

POOL = [
    "a", "b", "Z", "_", "1", "0", "9", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
    "\xa0", "\u1680", "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e",
    "\u200b", "\u200d", "\ufeff", "\xad", "\x00", "\x7f", "\x9f", "\u0378", "\ue000", "\U0010ffff", "\U0001f600",
    "\u0661", "\u0966", "\uff11", "\u0e53", "\U0001d7ce", "\u00b2", "\u00b9", "\u00bd", "\u2167", "\u2460", "\u3405",
    "\U00010a40", "\u1369", "\u0f33", "\U0001f10c", "\u2070", "\u0bf0", "\u4e94", "\u2155",
    "\u01c5", "\u01c4", "\u01c6", "\xdf", "\u0130", "\u0131", "\u0149", "\u0390", "\ufb01", "\u1e9e", "\u03a3",
    "\u03c2", "\u1f80", "\u1fbc", "\u13a0", "\uab70", "\u10d0", "\u1c90", "\u0345", "\u0300", "\u20dd", "\u2118",
    "\u212e", "\u309b", "\u1885", "\u00b7", "\u0387", "\u19da", "\u2c00", "\u24b6", "\u24d0", "\u2160", "\u216f",
    "\u02b0", "\u0e01", "\u05d0", "\u0627", "\U00010400", "\U00010428", "\uff21", "\uff41", "\u2126", "\u212a",
    "\ud800", "\udfff", "\u00e9", "e\u0301", "\u1e9b", "\u0587", "\ufb13", "\u1f88", "\u0399", "\u03b9",
]
DIGITS = ["0", "1", "7", "\u0661", "\u0662", "\u0966", "\uff11", "\uff10", "\u0e53", "\U0001d7ce", "\U0001d7d9",
          "\u00b2", "\u2460", "\u00bd", "\u1369", "\U000104a0", "\u09e6", "\u0f20", "\u17e0", "\U0001e950"]
SPACES = [" ", "\t", "\u2003", "\u3000", "\xa0", "\x85", "\u200b", "\x1c", "\n", "\u2028", "\u180e", ""]


TAB, WIDE_SPACES, EMOJI, E_ACUTE, IDEO_SPACE, FW_J = "\t", "\u3000\u2003", "\U0001f600", "\u00e9", "\u3000", "\uff4a"


def s(n=None):
    n = random.randint(0, 6) if n is None else n
    return "".join(random.choice(POOL) for _ in range(n))


def text():
    words = []
    for _ in range(random.randint(0, 14)):
        w = random.choice(["lorem", "ipsum", "a", "verylongwordwithoutbreaks", "x-y-z", "co-operate", "end.", "Dr.", "e.g.",
                           "\u00e9t\u00e9", "tab\there", "new\nline", "", "  ", "--", "\u3000", "wide\u4e94\u4e94", "Mr.", "ok?"])
        words.append(w)
    return random.choice([" ", "  ", "\t", " \n "]).join(words)


def numstr():
    body = "".join(random.choice(DIGITS) for _ in range(random.randint(0, 3)))
    r = random.random()
    if r < 0.2:
        body += random.choice([".", "\u066b", "e", "E", "_"]) + "".join(random.choice(DIGITS) for _ in range(random.randint(0, 2)))
    elif r < 0.3:
        body = random.choice(["", "-", "+", "\u2212"]) + body
    elif r < 0.35:
        body = random.choice(["inf", "nan", "\uff49nf", "Infinity", "1_0", "_1", "1__0", "0x1", "0b1", "0o7", "\uff41", "j"])
    return random.choice(SPACES) + body + random.choice(SPACES)


def table():
    r = random.random()
    if r < 0.3:
        d = {}
        for _ in range(random.randint(0, 4)):
            k = random.choice(["ord('a')", "ord(' ')", "97", "0x661", "10", "-1", "0x110000", "'a'", "ord('\\u00e9')", "ord('\\U0001f600')"])
            v = random.choice(["None", "'x'", "''", "'xyz'", "ord('b')", "0x10ffff", "0x110000", "-1", "b'x'", "1.5", "'\\U0001f600'", "2**70"])
            d[k] = v
        return "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"
    if r < 0.6:
        a = s(random.randint(0, 3))
        b = s(len(a)) if random.random() < 0.8 else s()
        extra = f", {s(random.randint(0, 2))!r}" if random.random() < 0.4 else ""
        return f"str.maketrans({a!r}, {b!r}{extra})"
    if r < 0.75:
        return f"str.maketrans({{{random.choice(['', repr('a') + ': ' + repr('b'), repr('ab') + ': 1', '97: None', repr('') + ': 1', '1.5: 2', repr(E_ACUTE) + ': ' + repr('E')])}}})"
    return random.choice(["Raises()", "Missing()", "[None] * 100", "'abcdefghij' * 20", "None", "Weird()"])


def op():
    r = random.random()
    x = s()
    if r < 0.14:
        return f"{x!r}.translate({table()})"
    if r < 0.18:
        return random.choice([f"str.maketrans({s(2)!r})", f"str.maketrans({s(1)!r}, {s(2)!r})", f"str.maketrans(1, 2)",
                              f"str.maketrans({{1: 2}}, 'a')", "str.maketrans()", f"str.maketrans({s(1)!r}, {s(1)!r}, 5)"])
    if r < 0.3:
        t = text()
        f = random.choice(["wrap", "fill", "shorten", "dedent", "indent"])
        if f == "dedent":
            t = random.choice(["  a\n  b", "\ta\n\tb", "  a\n\tb", "    x\n  y\n\n   ", " \u3000a\n \u3000b", "a\n  b", "\n  \n  z"]) + t
            return f"textwrap.dedent({t!r})"
        if f == "indent":
            return f"textwrap.indent({t!r}, {random.choice(['> ', '', '  '])!r}{random.choice(['', ', lambda l: True', ', lambda l: len(l) > 3'])})"
        opts = []
        # (a width not above an indent makes TextWrapper loop for ever, in CPython too)
        if f != "shorten" or random.random() < 0.9:
            opts.append(f"width={random.choice([1, 5, 10, 20, 40, 0, -1])}")
        for o in ["break_long_words", "break_on_hyphens", "drop_whitespace", "expand_tabs", "fix_sentence_endings", "replace_whitespace"]:
            if random.random() < 0.2:
                opts.append(f"{o}={random.choice(['True', 'False'])}")
        if random.random() < 0.25:
            opts.append(f"initial_indent={random.choice(['* ', '', '>>>> '])!r}")
        if random.random() < 0.2:
            opts.append(f"subsequent_indent={random.choice(['  ', '', '-'])!r}")
        if random.random() < 0.2:
            opts.append(f"max_lines={random.choice([1, 2, 3])}")
        if random.random() < 0.2:
            opts.append(f"placeholder={random.choice([' [...]', '...', ' '])!r}")
        if random.random() < 0.15:
            opts.append(f"tabsize={random.choice([0, 1, 4])}")
        if any(o.startswith(("initial_indent", "subsequent_indent")) for o in opts) and any(o in ("width=1", "width=5") for o in opts):
            opts = [o for o in opts if not o.startswith("width")] + ["width=12"]
        return f"textwrap.{f}({t!r}, {', '.join(opts)})"
    if r < 0.36:
        return f"string.capwords({text()!r}{random.choice(['', ', None', ', ' + repr('-'), ', ' + repr(' '), ', ' + repr('')])})"
    if r < 0.5:
        y = random.choice([x, text(), "a\tb\tc", "\t\t", "12345\t1\t", "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"])
        return random.choice([
            f"{y!r}.expandtabs({random.choice(['', '0', '1', '3', '8', '-1', 'tabsize=2', '2.0', 'None'])})",
            f"{y!r}.splitlines({random.choice(['', 'True', 'False', 'keepends=True', '1', 'None'])})",
            f"{y!r}.partition({random.choice([repr(''), repr('a'), repr(TAB), 'None', '1', repr(y[:2])])})",
            f"{y!r}.rpartition({random.choice([repr(''), repr('a'), repr(TAB), 'None', repr(y[-1:])])})",
            f"{y!r}.removeprefix({random.choice([repr(''), repr(y[:2]), 'None', repr('zz')])})",
            f"{y!r}.removesuffix({random.choice([repr(''), repr(y[-2:]), '1'])})",
            f"{y!r}.zfill({random.choice(['0', '5', '-3', '10', '2**63', '1.0'])})",
            f"{x!r}.zfill({random.randint(0, 8)})",
            f"{random.choice(['-', '+', '', '+-'])}{x!r}.zfill({random.randint(0, 8)})" if False else f"({random.choice(['-', '+', ''])!r} + {x!r}).zfill({random.randint(0, 8)})",
            f"{y!r}.center({random.randint(-1, 12)}{random.choice(['', ', ' + repr('*'), ', ' + repr('ab'), ', ' + repr(''), ', ' + repr(EMOJI)])})",
            f"{y!r}.ljust({random.randint(-1, 12)}{random.choice(['', ', ' + repr(E_ACUTE), ', 1'])})",
            f"{y!r}.rjust({random.randint(-1, 12)}{random.choice(['', ', ' + repr('-')])})",
            f"{y!r}.count({random.choice([repr(''), repr('a'), repr(y[:1])])}{random.choice(['', ', None', ', -1', ', 2, 1', ', -100, 100', ', None, -1', ', 2**70'])})",
            f"{y!r}.{random.choice(['find', 'rfind', 'index', 'rindex'])}({random.choice([repr(''), repr('a'), repr(y[1:3])])}{random.choice(['', ', None', ', -1', ', 3, 1', ', 100', ', None, None', ', 1.0', ', True'])})",
            f"{y!r}.{random.choice(['startswith', 'endswith'])}({random.choice([repr(''), repr(y[:1]), '(' + repr('a') + ', ' + repr('') + ')', '()', '[' + repr('a') + ']', 'None'])}{random.choice(['', ', 1', ', -2', ', 5, 2', ', None, 1'])})",
            f"{y!r}.replace({random.choice([repr(''), repr('a'), repr(y[:1])])}, {random.choice([repr('-'), repr(''), repr('xy')])}{random.choice(['', ', 0', ', 1', ', -1', ', 2'])})",
            f"{y!r}.{random.choice(['split', 'rsplit'])}({random.choice(['', 'None', repr(' '), repr(TAB), repr(''), 'maxsplit=1', 'None, 1', repr('a') + ', -1', repr(IDEO_SPACE)])})",
            f"{y!r}.{random.choice(['strip', 'lstrip', 'rstrip'])}({random.choice(['', 'None', repr(' a'), repr(''), repr(WIDE_SPACES), '1'])})",
        ])
    if r < 0.64:
        n = numstr()
        return random.choice([f"int({n!r})", f"int({n!r}, {random.choice(['0', '10', '16', '2', '36', '37', '1'])})", f"float({n!r})",
                              f"complex({n!r})", f"complex({(n + random.choice(['j', '+1j', FW_J, 'J'])).strip()!r})", f"int({n.encode('utf-8', 'surrogatepass')!r})", f"float({n!r}.encode('utf-8', 'surrogatepass'))"])
    if r < 0.86:
        c = s(random.choice([1, 1, 1, 2, 3]))
        pred = random.choice(["isidentifier", "isprintable", "isnumeric", "isdecimal", "isdigit", "isalpha", "isalnum",
                              "isspace", "istitle", "isupper", "islower", "isascii"])
        return f"[{c!r}.{pred}(), [hex(ord(ch)) for ch in {c!r}]]"
    if r < 0.96:
        c = s(random.randint(1, 4))
        m = random.choice(["upper", "lower", "casefold", "title", "swapcase", "capitalize"])
        return f"[{c!r}.{m}(), len({c!r}.{m}())]"
    return random.choice([
        f"{x!r}.encode('ascii', {random.choice(['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace'])!r})",
        f"{x!r}.encode('latin-1', {random.choice(['replace', 'xmlcharrefreplace', 'backslashreplace'])!r})",
        f"{x!r}.isidentifier() == {x!r}.join('aa')[1:-1].isidentifier()",
        f"sorted({x!r})", f"max({x!r}) if {x!r} else None", f"{x!r} < {s()!r}", f"{x!r} * {random.randint(-1, 3)}",
        f"[ascii({x!r}), repr({x!r}), str({x!r}.encode('utf-8', 'surrogatepass'))]",
        f"{x!r}.format_map({{}})" if "{" not in x else "None",
    ])


PRELUDE = r'''import textwrap, string, sys
class Raises:
    def __getitem__(self, k): raise ValueError(k)
class Missing:
    def __getitem__(self, k):
        if k == 97: return "A"
        raise LookupError(k)
class Weird:
    def __getitem__(self, k):
        if k % 3 == 0: return k + 1
        if k % 3 == 1: return None
        raise IndexError(k)
def p(i, f):
    try:
        r = f()
    except Exception as e:
        print(i, type(e).__name__, ascii(str(e)))
    else:
        print(i, ascii(r))
'''

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for i in range(n):
    out.append(f"p({i}, lambda: {op()})")
sys.stdout.write("\n".join(out) + "\n")
