# A lone high surrogate followed by a lone low one is two code points, never the astral character
# whose UTF-16 form has the same units: literals, chr + concatenation, decoding, slicing, joins,
# methods, hashing, dict keys, encoding, marshal, compile and f-strings.
import marshal

def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

lit = "\ud83d\ude00"
made = chr(0xD83D) + chr(0xDE00)
dec = b"\xed\xa0\xbd\xed\xb8\x80".decode("utf-8", "surrogatepass")
astral = "\U0001F600"
print(len(lit), len(made), len(dec), len(astral), lit == made == dec, lit == astral, lit != astral)
print(repr(lit), ascii(made), str(dec) == lit, type(lit).__name__, isinstance(made, str))
print([hex(ord(c)) for c in lit], [repr(c) for c in made], repr(lit[0]), repr(lit[-1]), err(lambda: lit[2]))
print(err(lambda: ord(lit)), ord(lit[1]), hash(lit) == hash(made), hash(lit) == hash(astral))

# Which operations create one.
print(repr("\ud83d" "\ude00"), repr("\ude00\ud83d" * 3), repr("".join(["\ud83d", "\ude00", "x"])), repr("-".join([lit, lit])))
s = "\ud83dx\ude00"
print(repr(s[::2]), repr(s.replace("x", "")), repr("".join(reversed("\ude00\ud83d"))), repr(s[0] + s[2]))
acc = ""
for c in [chr(0xD800), chr(0xDC00), chr(0xDBFF), chr(0xDFFF)]:
    acc += c
print(len(acc), repr(acc), acc == "\U00010000\U0010FFFF", repr(acc[1:3]), len(acc[1:3]))
print(repr(f"{lit}!"), repr(f"<{made!s}>"), repr(f"\ud83d{'x'[:0]}\ude00"), len(f"{chr(0xD83D)}{chr(0xDE00)}"))

# Methods, comparisons, containment.
text = "a" + lit + "b" + astral + "c"
print(len(text), text.find("\ude00"), text.find(astral), text.count("\ud83d"), "\ud83d" in text, text.index("b"))
print([ascii(p) for p in text.split("b")], ascii(text.upper()), ascii(text[::-1]), ascii(text.center(11, "*")))
print(text.startswith("a\ud83d"), text.endswith(astral + "c"), ascii(text.partition("\ude00")), ascii(text.strip("ac")))
print(ascii(text.replace("\ud83d", "<")), ascii(text.translate({0xDE00: "!", 0x1F600: "?"})), text.isprintable(), ascii(lit.encode("utf-16-le", "surrogatepass").decode("utf-16-le")))
print(sorted([lit, astral, "\ud83d", "\ude00", "\ud83e"]) == ["\ud83d", lit, "\ud83e", "\ude00", astral], lit < astral, lit > "\ud83d", min(lit, astral) == lit)
print(ascii(list(text)), ascii(tuple(lit)), ascii(lit * 2), len(lit * 2), ascii(lit + lit), len(set([lit, made, dec, astral])))

# Dict and set keys keep the two apart.
d = {lit: "pair", astral: "astral"}
print(len(d), d[made], d["\U0001F600"], dec in d, d.get("\ud83d"), ascii(sorted(d)))

# Encoding and decoding.
print(lit.encode("utf-8", "surrogatepass"), lit.encode("utf-16-be", "surrogatepass"), lit.encode("utf-32-le", "surrogatepass"))
print(lit.encode("utf-8", "replace"), lit.encode("ascii", "backslashreplace"), lit.encode("latin-1", "xmlcharrefreplace"), lit.encode("utf-8", "ignore"))
print(err(lambda: lit.encode()), err(lambda: ("x" + lit).encode("utf-16")), err(lambda: lit.encode("ascii")))
print(ascii(b"\x00\xd8\x00\x00\x00\xdc\x00\x00".decode("utf-32-le", "surrogatepass")), len(b"\x00\xd8\x00\x00\x00\xdc\x00\x00".decode("utf-32-le", "surrogatepass")))
print(ascii(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass")), ascii(b"\xed\xa0\x80\xf0\x90\x80\x80".decode("utf-8", "surrogatepass")))
try:
    lit.encode("utf-8")
except UnicodeEncodeError as e:
    print(e.start, e.end, ascii(e.object), e.object == lit, e.reason)

# marshal and compile keep the two code points.
print(marshal.dumps(lit), marshal.dumps("\ude00\ud83d" * 2), marshal.loads(marshal.dumps(lit)) == lit)
print(len(marshal.loads(b"\xf5\x06\x00\x00\x00\xed\xa0\xbd\xed\xb8\x80")), marshal.loads(marshal.dumps(astral)) == astral)
co = compile("x = '\\ud83d\\ude00' + 'y'\nz = ('\\ud83d' '\\ude00', '\\udbff\\udfff'[::-1])", "<pairs>", "exec")
ns = {}
exec(co, ns)
print(ascii(co.co_consts), ascii(ns["x"]), ascii(ns["z"]), len(ns["x"]), eval(ascii(lit)) == lit, len(eval(repr(lit))))
print(ascii("%s%s" % ("\ud83d", "\ude00")), len("{}{}".format("\ud83d", "\ude00")), ascii("\ud83d".ljust(3, "\ude00")), ascii("\ude00".rjust(2, "\ud83d")), len("\ud83d-\ude00".replace("-", "")))
print(ascii("%r|%a|%s" % (lit, lit, lit)), ascii("{!r}{}{:>4}".format(lit, lit, lit)), ascii(f"{lit!r:>16}|{lit:*^6}"), ascii(format(lit, "<3")))
print(lit.encode("unicode_escape"), lit.encode("raw_unicode_escape"), len(b"\\ud83d\\ude00".decode("unicode_escape")), len(b"\\ud83d\\ude00".decode("raw_unicode_escape")))
import ast
tree = ast.Module(body=[ast.Expr(ast.Constant(made)), ast.Expr(ast.Constant(dec + "!"))], type_ignores=[])
co = compile(ast.fix_missing_locations(tree), "<ast>", "exec")
def g():
    "\ud83d\ude00 doc"
print(ascii(co.co_consts), len(co.co_consts[0]), ascii(g.__doc__), len(g.__doc__), ascii(ast.dump(ast.parse("'\\ud83d' '\\ude00'"))))
print(ascii(co.replace(co_consts=(lit + "?", None)).co_consts), ascii(ast.literal_eval("('\\udbff\\udfff', b'')")), ascii(eval("f'{lit}\\ude00'")))

# str subclass instances keep the two code points too.
class S(str):
    pass
class T(str):
    def __str__(self):
        return "T!"
s = S(lit)
print(type(s).__name__, len(s), ascii(s), ascii(str(s)), type(str(s)).__name__, s == lit, hash(s) == hash(lit), ascii(s + "x"), ascii(s[0]), ascii(s.upper()), type(s.upper()).__name__)
print(len(S(b"\xed\xa0\xbd\xed\xb8\x80", "utf-8", "surrogatepass")), ascii(f"{s}"), ascii(f"{T(lit)}"), ascii(str(T(lit))), len(T(lit)), ascii(S(s)), len(str(S(s))))
print({s: 1}[lit], lit in {s: 1}, {lit: 2}[s], err(lambda: marshal.dumps(s)))

# re: subjects, patterns and sub() joins.
import re
print(len(re.findall(".", made)), ascii(re.findall(".", made)), ascii(re.sub("x", "", "\ud83dx\ude00")), len(re.sub("x", "", "\ud83dx\ude00")))
print(ascii(re.split("(\ude00)", "a" + lit + "b")), ascii(re.match("(.)(.)", lit).groups()), ascii(re.sub(".", lambda m: m.group() * 2, lit)), ascii(re.escape(lit)))
print(ascii(re.search("\ud83d\ude00", "x" + lit).group()), re.search("\U0001F600", lit), ascii(re.fullmatch("[\ud800-\udbff][\udc00-\udfff]", made).group(0)))

# Text files encode the two code points (stdout is strict UTF-8: the pair cannot be printed).
import io, sys
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogatepass")
print(lit, "x", file=w)
w.write(made)
w.flush()
print(raw.getvalue())
w16 = io.TextIOWrapper(io.BytesIO(), encoding="utf-16-le", errors="surrogatepass")
w16.write(dec)
w16.flush()
print(w16.buffer.getvalue())
try:
    print("x", lit)
except UnicodeEncodeError as e:
    print("|", e)
sys.stdout.flush()
