# CJK codecs: encode and decode through each codec (lookup names, aliases), round trips, illegal
# and incomplete sequences with their UnicodeError positions and reasons, and the codec objects.
import codecs
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e} {getattr(e, 'start', '')} {getattr(e, 'end', '')}"
NAMES = ["gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "shift_jis", "cp932", "euc_jp",
         "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213", "euc_kr", "cp949", "johab",
         "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"]
TEXT = "Az~\\\u00a5\u203e\u4e00\u4e9c\u6f22\u5b57\uac00\ud55c\u3042\u30a2\uff71\u00e9\u0391\u20ac\u2460\U00020b9f\U0001f600\n"
for name in NAMES:
    info = codecs.lookup(name)
    print(name, info.name, type(info.incrementalencoder).__mro__[1].__name__)
    enc = []
    for ch in TEXT:
        enc.append(err(lambda: ch.encode(name)))
    print(" ", " ".join(enc))
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        data = TEXT.encode(name, errors)
        print(" ", errors, data, err(lambda: data.decode(name)))
for alias in ["GB-2312", "chinese", "936", "cp936", "ms936", "gb18030_2000", "big5_tw", "csbig5", "hkscs", "sjis", "s_jis", "ms_kanji",
              "mskanji", "ujis", "eucjp", "euc-jp", "shiftjis2004", "eucjis2004", "ks_c_5601", "uhc", "ms949", "korean", "csiso2022jp",
              "iso2022jp-2", "iso-2022-kr", "hzgb", "hz-gb-2312", "windows-31j", "x-mac-japanese" if False else "euckr"]:
    print(alias, err(lambda: codecs.lookup(alias).name))
BAD = [b"\x81", b"\x81\x30", b"\xa1", b"\xa1\x20", b"\xff\xff", b"a\x80b", b"\x8f\xa1", b"\x8f\xa1\xa1", b"\x8e", b"\xa4\xd4",
       b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa1x", b"\x81\x30\x81", b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39",
       b"\x84\x31\xa5\x30", b"\x90\x30\x81\x30", b"\xe3\x32\x9a\x35", b"\xe3\x32\x9a\x36", b"\x1b$B0!", b"\x1b$B0", b"\x1b(B", b"\x1b$", b"\x1b$)C\x0e0!\x0f",
       b"\x0e", b"~{R;~}", b"~{R;", b"~", b"~x", b"~\n", b"\x1b(Ja\\~", b"\x1b(I12", b"\x1b.A\x1bNi", b"\x88\x62\x88\x64"]
for name in NAMES:
    print(name, " ".join(err(lambda: b.decode(name)) for b in BAD))
codec = __import__("_codecs_cn").getcodec("gbk")
print(type(codec).__name__, codec.encode("\u4e00a"), codec.decode(b"\xd2\xbba"), err(lambda: __import__("_codecs_cn").getcodec("big5")))
print(err(lambda: codec.encode(b"x")), err(lambda: codec.decode("x")), codec.encode("\u20ac", "replace"), codec.decode(b"\xff", errors="replace"))
import _multibytecodec
print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
# escape sequences: unknown, incomplete, single shifts, literal ESC, line breaks inside two-byte mode
ESCS = [b"\x1b$d", b"\x1b$dX", b"\x1b$deXYZW", b"\x1b$(dab", b"\x1b$Zab", b"\x1b(dab", b"\x1b(Zab", b"\x1b$(Zab", b"\x1b$)Zab", b"\x1b$Bab",
        b"\x1b((ab", b"\x1b$$ab", b"\x1b$ ab", b"\x1b$a", b"\x1b$@ab", b"\x1bNab", b"\x1b.Aab", b"\x1b.Ab\x1bNa", b"\x1b$)Aab", b"\x1b$(Cab",
        b"\x1b(Iab", b"\x1b(Jab", b"\x1b-Aab", b"\x1b$B\n0!", b"ab\x1bdef", b"ab\x1b$def", b"ab\x1bNdef", b"~{~{", b"~{~~", b"~{~\n", b"~}~{R;\n"]
for name in ["iso2022_jp", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_ext", "iso2022_kr", "hz"]:
    print(name, " ".join(err(lambda: b.decode(name)) for b in ESCS))
    print(name, " ".join(err(lambda: b.decode(name, "replace")) for b in ESCS))
