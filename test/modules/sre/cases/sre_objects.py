# _sre's Pattern, Match and SRE_Scanner through sre_compile.compile (what re.compile calls), one
# line per case: results, reprs, and the exceptions' types and messages.
import sre_compile
import _sre

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

def spans(m):
    return None if m is None else (m.span(), m.regs, m.lastindex, m.lastgroup)

CASES = [
    (r"(a)(b)?", 0, "xacab"),
    (r"(?P<first>\w+) (?P<last>\w+)", 0, "  John Smith! Jane Doe"),
    (r"x*", 0, "axxbx"),
    (r"\b|\B", 0, "ab cd"),
    (r"(?i)straße|[k]+", 0, "STRASSE straße KKk \u212a"),
    (r"(\d+)-(\d+)?", 0, "10-20 30- 40"),
    (r"^\s*(#.*)?$", 8, "x\n  # c\n\n#d"),
    (r"(?s)<(\w+)>(.*?)</\1>", 0, "<a>x</a><b>\n</b>"),
    (r"(?x) a | (b) (?(1) c | d )", 0, "abcbdadb"),
    (r"(?<=-)\w+|(?<!\w)\d", 0, "-ab 1 x2 -c"),
    (r"[^\W\d_]+", 0, "héllo wörld_٣ Ǆ日本"),
    (r"(a|ab)(c|bcd)(d*)", 0, "abcd"),
    (r"((a)|b)*", 0, "abba"),
    (r"", 0, "abc"),
    (b"[a-z]+", 2, b"Hello World"),
    (b"(?L)\\w+", 0, b"caf\xe9 ok"),
    (b"\\x00|\\xff+", 0, b"a\x00\xff\xffb"),
]

for p, flags, s in CASES:
    pat = sre_compile.compile(p, flags)
    print(repr(pat), pat.pattern, pat.flags, pat.groups, dict(pat.groupindex))
    show("search", lambda: spans(pat.search(s)))
    show("match", lambda: spans(pat.match(s)))
    show("fullmatch", lambda: spans(pat.fullmatch(s)))
    show("search pos", lambda: spans(pat.search(s, 2)))
    show("match pos endpos", lambda: spans(pat.match(s, 1, len(s) - 1)))
    show("findall", lambda: pat.findall(s))
    show("findall pos", lambda: pat.findall(s, 1, 5))
    show("finditer", lambda: [m.span() for m in pat.finditer(s)])
    show("split", lambda: pat.split(s))
    show("split max", lambda: pat.split(s, 1))
    show("sub fn", lambda: pat.sub(lambda m: m.group(0)[::-1], s))
    show("subn literal", lambda: pat.subn(b"<>" if isinstance(s, bytes) else "<>", s, 2))
    show("sub count", lambda: pat.sub(b"" if isinstance(s, bytes) else "", s, count=1))
    show("sub None", lambda: pat.sub(lambda m: None, s))
    m = pat.search(s)
    if m is not None:
        show("repr", lambda: repr(m))
        show("group", lambda: (m.group(), m.group(0), m[0], m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0)))
        show("group many", lambda: m.group(0, pat.groups))
        show("start end", lambda: (m.start(), m.end(), m.start(pat.groups), m.end(pat.groups)))
        show("attrs", lambda: (m.string, m.re is pat, m.pos, m.endpos))
        show("bad group", lambda: m.group(pat.groups + 1))
        show("bad name", lambda: m.group("nope"))
        show("bad type", lambda: m.start([]))
        show("neg group", lambda: m[-1])
    sc = pat.scanner(s)
    show("scanner", lambda: [sc.search().span(), sc.match(), sc.search() and sc.search().span()])

pat = sre_compile.compile("a", 0)
show("str pattern on bytes", lambda: pat.search(b"a"))
show("bytes pattern on str", lambda: sre_compile.compile(b"a", 0).search("a"))
show("not a string", lambda: pat.search(1))
show("bytearray", lambda: sre_compile.compile(b"b+", 0).findall(bytearray(b"abbcb")))
show("memoryview", lambda: sre_compile.compile(b"b+", 0).sub(b"-", memoryview(b"abbcb")))
show("join types", lambda: pat.sub(lambda m: 1, "bab"))
show("keywords", lambda: pat.search(string="xa", pos=1, endpos=2).span())
show("eq", lambda: (pat == sre_compile.compile("a", 0), pat == sre_compile.compile("a", 2), pat != 1))
show("copy", lambda: (pat.__copy__() is pat, pat.__deepcopy__({}) is pat))
show("repr flags", lambda: [repr(sre_compile.compile("x", f)) for f in (0, 2, 4 | 0, 8 | 16, 64, 256, 32)])
show("repr bytes", lambda: repr(sre_compile.compile(b"x", 2)))
show("repr long", lambda: repr(sre_compile.compile("y" * 300, 0)))
show("match repr long", lambda: repr(sre_compile.compile("z+", 0).match("z" * 100)))
show("consts", lambda: (_sre.MAGIC, _sre.CODESIZE, _sre.getcodesize()))
show("tolower", lambda: [_sre.ascii_tolower(c) for c in (65, 97, 196, 0x130)] + [_sre.unicode_tolower(c) for c in (65, 196, 0x130, 0x212a, 0x1e9e)])
show("iscased", lambda: [(_sre.ascii_iscased(c), _sre.unicode_iscased(c)) for c in (65, 49, 196, 0x130, 0x2160, 0x1f600)])
show("new pattern", lambda: type(pat)())
show("types", lambda: (type(pat).__name__, type(pat).__module__, type(pat.match("a")).__name__, type(pat.scanner("")).__name__))
show("invalid mark", lambda: _sre.compile(None, 0, [18, 4, 1], 1, {}, (None, None)))
show("unknown op", lambda: _sre.compile(None, 0, [99, 1], 0, {}, (None,)))
show("skip out", lambda: _sre.compile(None, 0, [16, 50, 1], 0, {}, (None,)))
show("bad groupref", lambda: _sre.compile(None, 0, [12, 3, 1], 1, {}, (None, None)))
show("bad set", lambda: _sre.compile(None, 0, [14, 4, 17, 97, 1, 1], 0, {}, (None,)))
show("valid hand", lambda: _sre.compile(None, 0, [17, 97, 1], 0, {}, (None,)).match("ab").span())
show("valid hand bytes", lambda: _sre.compile(None, 0, [17, 97, 1], 0, {}, (None,)).match(b"ab").span())
show("code too big", lambda: _sre.compile(None, 0, [2**64], 0, {}, (None,)))
show("code negative", lambda: _sre.compile(None, 0, [-1], 0, {}, (None,)))
show("pattern None repr", lambda: repr(_sre.compile(None, 0, [1], 0, {}, (None,))))
show("code not list", lambda: _sre.compile("a", 0, (17, 97, 1), 0, {}, (None,)))
