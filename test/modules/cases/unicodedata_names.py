# unicodedata names: lookup of names, aliases and named sequences (case rules of _getcode), \N{...}
# escapes, the namereplace handler, argument errors.
import unicodedata as ud
def e(f, *a):
    try:
        return ascii(f(*a))
    except Exception as x:
        return f"{type(x).__name__}: {x}"
names = ["SNAKE", "snake", "latin capital letter gha", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "KEYCAP DIGIT ONE", "keycap digit one",
         "TAMIL SYLLABLE KSSA", "HANGUL SYLLABLE GAG", "hangul syllable GAG", "HANGUL SYLLABLE gag", "HANGUL SYLLABLE GGAGG", "HANGUL SYLLABLE AE",
         "HANGUL SYLLABLE ", "HANGUL SYLLABLE KKK", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
         "CJK UNIFIED IDEOGRAPH-9FFD", "CJK UNIFIED IDEOGRAPH-04E00", "CJK COMPATIBILITY IDEOGRAPH-f900", "TANGUT IDEOGRAPH-17000",
         "nushu character-1b170", "KHITAN SMALL SCRIPT CHARACTER-18B00", "LATIN SMALL LETTER A\0", "x" * 300, "", "LINE FEED", "LF", "NULL", "SPACE ",
         "latin ſmall letter a"]
for n in names:
    print(e(ud.lookup, n), e(ud.ucd_3_2_0.lookup, n), e(eval, "'\\N{" + n + "}'") if "\0" not in n and "}" not in n else "")
print(e(ud.lookup, b"SNAKE"), e(ud.lookup, 1), e(ud.name), e(ud.name, "a", 1, 2), e(ud.category), e(ud.category, 1), e(ud.category, "ab"))
print(e(ud.normalize, 1, "a"), e(ud.normalize, "NFC", 1), e(ud.is_normalized, "X", "a"), e(ud.normalize, "NFC", ""), e(ud.is_normalized, "NFC", ""))
print(e(ud.ucd_3_2_0.name, "\u0221"), e(ud.ucd_3_2_0.name, chr(0x20000)), e(ud.ucd_3_2_0.name, chr(0x2B740)), e(ud.ucd_3_2_0.lookup, "CJK UNIFIED IDEOGRAPH-2B740"))
print(type(ud.ucd_3_2_0).__name__, ud.ucd_3_2_0.unidata_version, ud.unidata_version, e(ud.UCD), e(type(ud.ucd_3_2_0)))
print("Grüße 世界 \U0001F600 \x85 \u0378".encode("ascii", "namereplace"))
print(ud.normalize("NFC", "\u1100\u1161\u11a7"), ascii(ud.normalize("NFC", "\u1100\u1161\u11a8\u0301")), ascii(ud.normalize("NFKC", "\ufdfa")))
