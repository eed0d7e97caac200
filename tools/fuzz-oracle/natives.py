import random, sys
# More of the C modules dislab implements natively: io.StringIO/BytesIO (seek, tell, read,
# readline, write past the end, truncate, closed use), csv (reader and writer with random
# dialect options on odd text), zlib (compress levels and wbits, decompress of damaged data,
# crc32/adler32), hashlib digests, unicodedata lookups, codecs (encode/decode with error
# handlers), random (the same sequences as CPython for a seed). One line per call: the result's
# ascii() or the exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 122)


def r(a, b):
    return random.randint(a, b)


TEXTS = ["''", "'abc'", "'a\\nb\\r\\nc\\rd'", "'x,y,\"z\"\\n1,2,3'", "'\\u00e9\\u4e2d\\U0001F600'", "'a\"b'", "' a , b '", "'line\\n' * 3", "'\\t;\\t'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff' * 5", "bytes(range(256))", "b'hello world ' * 20", "'\\u00e9'.encode()"]


NEWLINE_ARGS = ["", ", newline=None", ", newline=''", ", newline='\\r\\n'", ", newline='\\r'"]
DELIMITERS = [";", "\t", ",", '"', "ab"]
ESCAPES = [None, "\\", "/"]
TERMINATORS = ["\r\n", "\n", ""]
ROWS = ["[['a', 'b,c', 'd\"e']]", "[[1, 2.5, None, '']]", "[['x\\ny', ' lead']]", "[[]]", "[['']]", "[['a;b', \"q'q\"]]"]


def io_expr():
    if random.random() < 0.5:
        text = random.choice(TEXTS)
        ops = [random.choice([f"s.seek({r(-2, 12)}{random.choice(['', ', 0', ', 1', ', 2'])})", f"s.read({r(-1, 5)})", "s.readline()", f"s.readline({r(-1, 3)})",
                              f"s.write({random.choice(TEXTS)})", "s.tell()", f"s.truncate({random.choice(['', r(0, 6)])})", "s.getvalue()", "s.readlines()", "s.close()", "list(s)"]) for _ in range(r(1, 5))]
        return f"(lambda s: [{', '.join(ops)}])(io.StringIO({text}{random.choice(NEWLINE_ARGS)}))"
    data = random.choice(BYTES)
    ops = [random.choice([f"b.seek({r(-2, 12)}{random.choice(['', ', 1', ', 2'])})", f"b.read({r(-1, 5)})", "b.readline()", f"b.write({random.choice(BYTES)})", "b.tell()",
                          f"b.truncate({random.choice(['', r(0, 6)])})", "b.getvalue()", "b.read1()", f"b.readinto(bytearray({r(0, 4)}))", "bytes(b.getbuffer())"]) for _ in range(r(1, 5))]
    return f"(lambda b: [{', '.join(ops)}])(io.BytesIO({data}))"


def csv_expr():
    opts = ", ".join(random.sample([f"delimiter={random.choice(DELIMITERS)!r}", f"quotechar={random.choice([None, chr(39), chr(34), ''])!r}", f"quoting={r(0, 3)}",
                                    f"escapechar={random.choice(ESCAPES)!r}", f"skipinitialspace={random.choice([True, False])}", f"doublequote={random.choice([True, False])}",
                                    f"lineterminator={random.choice(TERMINATORS)!r}", f"strict={random.choice([True, False])}"], r(0, 3)))
    if random.random() < 0.5:
        return f"list(csv.reader({random.choice(TEXTS)}.splitlines(True){', ' + opts if opts else ''}))"
    rows = random.choice(ROWS)
    return f"(lambda f: (csv.writer(f{', ' + opts if opts else ''}).writerows({rows}), f.getvalue())[1])(io.StringIO())"


def zlib_expr():
    data = random.choice(BYTES)
    return random.choice([
        f"zlib.compress({data}, {r(-1, 9)})", f"zlib.decompress(zlib.compress({data}))", f"zlib.crc32({data}, {r(0, 5)})", f"zlib.adler32({data})",
        f"zlib.decompress(zlib.compress({data})[:-{r(1, 5)}])", f"zlib.decompress(b'x\\x9c' + bytes({r(0, 6)}))",
        f"(lambda c: c.compress({data}) + c.flush())(zlib.compressobj({r(0, 9)}, zlib.DEFLATED, {random.choice([-15, -9, 9, 15, 31, 8])}))",
        f"(lambda d: (d.decompress(zlib.compress({data}), {r(0, 4)}), d.unconsumed_tail[:8], d.eof))(zlib.decompressobj())",
        f"zlib.decompress(zlib.compress({data}), {random.choice([-15, 15, 47, 0, 99])})",
    ])


# (no float seeds: seed(3.5) seeds with hash(3.5), which the 32-bit oracle computes differently)
SEEDS = ["'str'", "b'by'", "2**80", "-7", "0"]
NORMALIZE = ["Å", "ﬁ", "e\u0301", "①", "ｱ", "\u1e9b\u0323"]


def misc_expr():
    return random.choice([
        f"hashlib.{random.choice(['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'sha224'])}({random.choice(BYTES)}).hexdigest()",
        f"hashlib.new({random.choice(['md5', 'SHA256', 'nope', 'blake2s'])!r}, {random.choice(BYTES)}).digest_size",
        f"hashlib.blake2b(b'x', digest_size={r(0, 70)}).hexdigest()",
        f"unicodedata.{random.choice(['name', 'category', 'decimal', 'numeric', 'bidirectional', 'east_asian_width', 'mirrored', 'decomposition', 'combining'])}({random.choice(['a', '½', '٣', 'é', '中', chr(0x1F600), chr(0x300), chr(0xE000), chr(0x10FFFF), 'Ⅻ'])!r}{random.choice(['', ', None'])})",
        f"unicodedata.normalize({random.choice(['NFC', 'NFD', 'NFKC', 'NFKD', 'X'])!r}, {random.choice(NORMALIZE)!r})",
        f"unicodedata.lookup({random.choice(['LATIN SMALL LETTER A', 'GREEK SMALL LETTER ALPHA', 'NOPE', 'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG'])!r})",
        f"{random.choice(TEXTS)}.encode({random.choice(['utf-8', 'latin-1', 'ascii', 'utf-16-le', 'cp437', 'utf-7', 'idna', 'koi8-r', 'mac-roman', 'shift_jis', 'gb2312', 'euc-kr', 'big5'])!r}, {random.choice(['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape'])!r})",
        f"{random.choice(BYTES)}.decode({random.choice(['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-32', 'cp1252', 'shift_jis', 'euc-jp', 'gbk', 'utf-8-sig'])!r}, {random.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'])!r})",
        f"codecs.lookup({random.choice(['UTF8', 'latin_1', 'u16', 'nope', 'cp65001'])!r}).name",
        f"(lambda g: (g.seed({r(0, 5)}), [g.random(), g.randrange({r(1, 100)}), g.randint(-3, 3), g.choice('abc'), g.getrandbits({r(0, 70)}), g.uniform(1, 2), g.gauss(0, 1), g.sample(range(10), 3), g.choices('xyz', k=3)])[1])(random.Random())",
        f"(lambda g: (g.seed({random.choice(SEEDS)}), g.random(), g.betavariate(2, 3), g.expovariate(1.5), g.triangular(), g.vonmisesvariate(1, 2))[1:])(random.Random())",
        f"(lambda g, l: (g.seed({r(0, 9)}), g.shuffle(l), l)[2])(random.Random(), list(range({r(0, 8)})))",
    ])


GENS = [io_expr, io_expr, csv_expr, zlib_expr, misc_expr, misc_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 2500):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import io, csv, zlib, hashlib, unicodedata, codecs, random
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
