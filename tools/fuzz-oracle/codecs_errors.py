import random, sys
# Codecs and error handlers: str.encode/bytes.decode/codecs.encode/codecs.decode across many codecs
# (utf-8/16/32 with and without BOM and byte order, utf-8-sig, latin-1, ascii, cp1252, cp437,
# utf-7, idna, punycode, raw_unicode_escape, unicode_escape, escape_codec, charmaps, hex/base64
# bytes codecs) with every error handler on random strings and bytes with lone surrogates and
# astral characters; codecs.register_error handlers returning odd things; incremental encoders
# and decoders fed random chunks; UnicodeError attributes. One line per call: the result's ascii()
# or the exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 502)


def r(a, b):
    return random.randint(a, b)


CODECS = ["utf-8", "utf8", "UTF-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "iso8859-1", "ascii",
          "cp1252", "cp437", "cp850", "utf-7", "idna", "punycode", "raw_unicode_escape", "unicode_escape", "koi8-r", "mac-roman", "iso8859-15", "cp1251",
          "charmap", "latin_1", "U8", "utf_16", "Latin-1", "us-ascii", "iso-8859-2", "cp037", "nosuch"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus", "myhandler", "badhandler", "tuplehandler"]
CHARS = ["a", "Z", "0", " ", "\n", "\x00", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u20ac", "\u4e2d", "\ud800", "\udc80", "\udfff", "\ud83d", "\ude00",
         "\U0001f600", "\U0010ffff", "\ufeff", "\ufffd", "+", "-", "\\", "&", ".", "\u00df", "\u0130", "\u3002", "x", "\u200b"]
BYTE_PIECES = [b"a", b"\x00", b"\x7f", b"\x80", b"\xff", b"\xc3\xa9", b"\xc3", b"\xe2\x82\xac", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"\xf0\x9f", b"\xed\xa0\x80",
               b"\xed\xb2\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"+", b"+AGE-", b"+2D3eAA-", b"+AG", b"-",
               b"\\", b"\\x4", b"\\u00e9", b"\\N{DASH}", b"\\N{EM DASH}", b"\\U0011ffff", b"\\n", b"\\q", b"xn--", b".", b"\xc0\x80", b"\xf4\x90\x80\x80", b"\x00\xd8", b"\x00\xdc\x00\xd8"]


ENC_MAPS = ['None', '{97: 65}', '{97: None}', '{97: 300}', "{97: b'xy'}", "codecs.charmap_build('abc' + chr(0x20ac))"]
DEC_MAPS = ['None', repr('abc'), '{97: 65}', '{0: None}', '{97: 0x110000}', "{97: 'xy'}", repr('ab\ufffe')]
IDEO_A = "\u3002a"


def text():
    return "".join(random.choice(CHARS) for _ in range(r(0, 6)))


def data():
    return b"".join(random.choice(BYTE_PIECES) for _ in range(r(0, 5)))


def encode_expr():
    s, c, h = text(), random.choice(CODECS), random.choice(HANDLERS)
    return random.choice([f"{s!r}.encode({c!r}, {h!r})", f"{s!r}.encode({c!r})", f"codecs.encode({s!r}, {c!r}, {h!r})",
                          f"{s!r}.encode(encoding={c!r}, errors={h!r})", f"{s!r}.encode({c!r}, {h!r}).decode({c!r}, {random.choice(HANDLERS)!r})"])


def decode_expr():
    b, c, h = data(), random.choice(CODECS), random.choice(HANDLERS)
    return random.choice([f"{b!r}.decode({c!r}, {h!r})", f"{b!r}.decode({c!r})", f"codecs.decode({b!r}, {c!r}, {h!r})", f"bytearray({b!r}).decode({c!r}, {h!r})",
                          f"str({b!r}, {c!r}, {h!r})", f"codecs.{random.choice(['utf_8', 'utf_16', 'utf_16_le', 'utf_32_be', 'latin_1', 'ascii', 'utf_7', 'escape', 'unicode_escape', 'raw_unicode_escape', 'charmap'])}_decode({b!r}, {h!r}, {random.choice(['True', 'False'])})"])


def span(n):
    # (start and end within the object: CPython's str() of a UnicodeError whose start is out of
    # range raises SystemError, and its handlers read past the end when end is out of range)
    start = r(0, n)
    return f"{start}, {r(start, n)}"


def exc_expr():
    # (objects not empty: CPython's handlers read a byte past an empty one)
    b, c = data() or b"\xff", random.choice(CODECS[:20])
    s = text() or "\xe9"
    return random.choice([
        f"ex({b!r}.decode, {c!r})", f"ex({s!r}.encode, {c!r})",
        f"(lambda e: (e.start, e.end, e.reason, e.object[:4], str(e)))(UnicodeDecodeError({c!r}, {b!r}, {span(len(b))}, 'why'))",
        f"str(UnicodeEncodeError({c!r}, {s!r}, {span(len(s))}, 'why'))",
        f"str(UnicodeTranslateError({s!r}, {span(len(s))}, 'why'))",
        f"codecs.lookup_error({random.choice(HANDLERS)!r})(UnicodeEncodeError('ascii', {s!r}, {span(len(s))}, 'x'))",
        f"codecs.lookup_error({random.choice(HANDLERS)!r})(UnicodeDecodeError('ascii', {b!r}, {span(len(b))}, 'x'))",
        f"codecs.lookup_error({random.choice(HANDLERS)!r})(UnicodeTranslateError({s!r}, {span(len(s))}, 'x'))",
        f"{s!r}.translate({{ord('a'): None, 0xe9: 'E', 0x20ac: 7}}).encode('ascii', {random.choice(HANDLERS)!r})",
    ])


def incremental_expr():
    c = random.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-7", "latin-1", "cp1252", "ascii", "unicode_escape", "raw_unicode_escape", "idna"])
    h = random.choice(HANDLERS[:8])
    if random.random() < 0.5:
        s = text()
        cuts = sorted(random.sample(range(len(s) + 1), min(len(s) + 1, r(0, 3))))
        parts = [s[i:j] for i, j in zip([0] + cuts, cuts + [len(s)])]
        return f"(lambda e: [e.encode(p) for p in {parts!r}] + [e.encode('', True), e.getstate()])(codecs.getincrementalencoder({c!r})({h!r}))"
    b = data()
    cuts = sorted(random.sample(range(len(b) + 1), min(len(b) + 1, r(0, 4))))
    parts = [b[i:j] for i, j in zip([0] + cuts, cuts + [len(b)])]
    final = random.choice(["True", "False"])
    return random.choice([
        f"(lambda d: [d.decode(p) for p in {parts!r}] + [d.decode(b'', {final}), d.getstate()])(codecs.getincrementaldecoder({c!r})({h!r}))",
        f"list(codecs.iterdecode({parts!r}, {c!r}, {h!r}))",
        f"(lambda d: (d.decode({b!r}), d.reset(), d.getstate()))(codecs.getincrementaldecoder({c!r})({h!r}))",
        f"(lambda r: (r.read({r(-1, 4)}), r.read()))(codecs.getreader({c!r})(io.BytesIO({b!r}), {h!r}))",
        f"(lambda r: r.readline())(codecs.getreader({c!r})(io.BytesIO({b!r} + b'\\nxyz'), {h!r}))",
    ])


def misc_expr():
    c = random.choice(CODECS)
    return random.choice([
        f"codecs.lookup({c!r}).name", f"codecs.lookup({c!r})", f"codecs.encode({data()!r}, {random.choice(['hex', 'base64', 'zlib', 'rot13', 'uu', 'quopri', 'hex_codec'])!r})",
        f"codecs.decode({random.choice([b'4142', b'414', b'QUJD', b'QUJ', b'zz', 'abc'])!r}, {random.choice(['hex', 'base64', 'rot13', 'rot_13'])!r})",
        f"codecs.encode({text()!r}, 'rot13')", f"{text()!r}.encode('hex')", f"{data()!r}.decode('rot13')",
        f"codecs.charmap_encode({text()!r}, {random.choice(HANDLERS[:6])!r}, {random.choice(ENC_MAPS)})",
        f"codecs.charmap_decode({data()!r}, {random.choice(HANDLERS[:6])!r}, {random.choice(DEC_MAPS)})",
        f"codecs.utf_16_ex_decode({data()!r}, {random.choice(HANDLERS[:6])!r}, {r(-1, 1)}, {random.choice(['True', 'False'])})",
        f"codecs.utf_32_ex_decode({data()!r}, {random.choice(HANDLERS[:6])!r}, {r(-1, 1)}, {random.choice(['True', 'False'])})",
        f"codecs.escape_encode({data()!r})", f"codecs.escape_decode({data()!r})",
        f"codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM",
        f"codecs.register_error({random.choice(['1', repr('x')])}, {random.choice(['1', 'len'])})",
        f"{text()!r}.encode('idna', {random.choice(HANDLERS[:3])!r})", f"{random.choice(['xn--', 'xn--a', 'xn--bcher-kva', 'XN--BCHER-KVA.example', 'a..b', ''])!r}.encode('ascii').decode('idna')",
        f"{random.choice(['bücher', 'mañana', 'a' * 64, 'xn--x', 'ü' * 30, IDEO_A])!r}.encode({random.choice(['idna', 'punycode'])!r})",
    ])


GENS = [encode_expr, encode_expr, decode_expr, decode_expr, exc_expr, incremental_expr, incremental_expr, misc_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import codecs, io, warnings
# (warnings printed with ascii(): the oracle's stderr drops a NUL, as the one in the warning for a backslash before a NUL byte)
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print("warning:", category.__name__, ascii(str(message)))
codecs.register_error("myhandler", lambda e: ("<%d:%d>" % (e.start, e.end), e.end + 1 if e.end < len(e.object) else e.end))
codecs.register_error("badhandler", lambda e: ("?", -1000))
codecs.register_error("tuplehandler", lambda e: (b"B" if isinstance(e, UnicodeEncodeError) else "S", e.start + 1))
def ex(f, c):
    try: f(c)
    except UnicodeError as e: return (type(e).__name__, e.encoding, e.start, e.end, e.reason)
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
