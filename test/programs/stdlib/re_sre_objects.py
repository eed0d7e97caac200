# re over _sre: Pattern/Match/Scanner objects, sub templates and callables, split with groups and
# empty matches, finditer with pos/endpos, bytes and bytearray subjects, re.Scanner, copy, errors.
import re, copy

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]*);?")
text = "a = 1; bb=two ;c= 3"
for m in p.finditer(text):
    print(m.span(), m.group("key", "val"), m.groupdict(), m.lastgroup, m.lastindex, m.regs)
m = p.search(text, 7)
print(m, m.start(2), m.end("key"), m.expand(r"\g<val>:\1"), m[0], m["key"], m.string is text, m.re is p, m.pos, m.endpos)
print(p.sub(r"\2=\1", text), p.subn(lambda m: m["key"].upper(), text), p.sub("", text, count=1))
print(re.split(r"(\s)*", "a b  c"), re.split(r"\b", "ab cd"), re.split(r"x*", "axbc"), re.split(r"(?:,)", "a,b,,c", maxsplit=2))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"(a)|b", r"[\1]", "abc"), re.sub("", "|", "ab"), re.subn(r"\d", lambda m: str(int(m[0]) * 2), "a1b7c9"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"", "ab"), re.findall(r"\d+", "1a22b333", 0) if False else re.compile(r"\d+").findall("1a22b333", 2, 6))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"), re.compile("b").match("ab", 1), re.compile("^b").search("ab", 1), re.compile("b$").search("abc", 0, 2))
print(re.compile(rb"(\w+)@(\w+)\.org").findall(b"x@python.org, y@pypy.org"), re.sub(rb"\s+", b" ", bytearray(b"a  b\t\nc")), re.match(b"(?i)K", b"k"))
print(re.escape("1+1=2? [yes]"), re.escape(b"a.b"), re.compile("(?x) a b # c").pattern, re.compile("a", re.I | re.M).flags & 0xff)
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", int(t))), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print(sc.scan("x 12 yz 3 !"))
scanner = re.compile(r"\w").scanner("ab c")
print(scanner.match(), scanner.search(), scanner.match(), scanner.search(), scanner.search())
q = re.compile(r"(?i)h(é)llo", re.U)
print(repr(q), copy.copy(q) is q, copy.deepcopy(q) is q, re._pickle(q)[1], q == re.compile(r"(?i)h(é)llo"), q != re.compile("x"))
print(repr(re.compile(b"x", re.L)), repr(re.compile("x", re.A | re.X)), repr(re.compile("y" * 250))[-20:], re.compile("a").groupindex, dict(p.groupindex))
mm = re.search(r"(a)(?:(b)|c)", "xac")
print(mm.groups(), mm.groups("-"), mm.group(2), mm.span(2), mm.start(2), mm.groupdict("?"), copy.copy(mm) is mm)
for bad in (lambda: mm.group(3), lambda: mm.group("x"), lambda: mm.start([]), lambda: p.match(b"a"), lambda: re.compile(b"a").match("a"), lambda: p.search(None), lambda: re.sub("a", lambda m: 1, "a"), lambda: re.Pattern(), lambda: re.sub("(a)", r"\2", "a")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub(r"(?m)^\s+|\s+$", "", "  a  \n\tb\t"), re.findall(r"(?s).", "a\nb"), re.findall(r"[\u0100-\u017f]+", "xĀāǿ żźŁ"), re.findall(r"(?i)ǆ", "Ǆ ǅ ǆ"))
print(re.search(r"(?<!\d)(\d{2})(?!\d)", "123 45 6789 01").groups(), re.findall(r"(?=(\w\w))", "abcd"), re.sub(r"(?<=a)", "-", "aaa"))
