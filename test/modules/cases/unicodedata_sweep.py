# unicodedata over code points: every property, name <-> lookup, normalization of each character in
# context, and ucd_3_2_0 (Unicode 3.2.0). One line per code point (STEP: a stride over the planes;
# tools/check-unicodedata.ts compares every code point with a local CPython 3.10).
import unicodedata as ud
STEP = 257
old = ud.ucd_3_2_0
def e(f, *a):
    try:
        return repr(f(*a))
    except Exception as x:
        return type(x).__name__
cps = list(range(0, 0x3400, 3)) + list(range(0x3400, 0x110000, STEP)) + [0xAC00, 0xD7A3, 0x4E00, 0x9FFC, 0x9FFD, 0x20000, 0x2A6DD, 0x3134A, 0x17000, 0x1B170, 0xF900, 0x2F800, 0x1F600, 0xFDFA]
for cp in cps:
    c = chr(cp)
    row = [ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c), ud.decomposition(c),
           e(ud.decimal, c), e(ud.digit, c), e(ud.numeric, c), e(ud.name, c)]
    n = ud.name(c, None)
    if n is not None:
        row.append(e(ud.lookup, n) == repr(c))
    s = "a" + c + "\u0301\u0323b"
    row += [ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    row += [ud.is_normalized(f, s) for f in ("NFC", "NFKD")]
    row += [old.category(c), old.bidirectional(c), old.combining(c), old.east_asian_width(c), old.mirrored(c), old.decomposition(c),
            e(old.decimal, c), e(old.digit, c), e(old.numeric, c), e(old.name, c), ascii(old.normalize("NFKC", s)), ascii(old.normalize("NFD", c))]
    print(hex(cp), *row)
