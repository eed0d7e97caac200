# CJK codecs and error handlers: the standard ones, handlers registered with codecs.register_error
# (str or bytes replacements, positions moved back and forth, from the end), replacements the codec
# cannot encode, and the exception objects the handlers receive.
import codecs
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e} {getattr(e, 'start', '')} {getattr(e, 'end', '')}"
seen = []
def record(e):
    seen.append((type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason))
    return ("[%d:%d]" % (e.start, e.end), e.end)
codecs.register_error("test.record", record)
codecs.register_error("test.bytes", lambda e: (b"\xff\xfe", e.end))
codecs.register_error("test.unencodable", lambda e: ("\U0001f600", e.end))
codecs.register_error("test.back", lambda e: ("<", e.end - 1 if e.end > e.start + 1 else e.end))
codecs.register_error("test.fromend", lambda e: ("#", -1))
codecs.register_error("test.far", lambda e: ("", 10 ** 6))
codecs.register_error("test.badtype", lambda e: 42)
codecs.register_error("test.kanji", lambda e: ("\u6f22", e.end))
for name in ["gbk", "big5", "shift_jis", "euc_jp", "euc_kr", "iso2022_jp", "iso2022_kr", "hz", "gb18030", "johab"]:
    s = "a\U0001f600b\u20ac\u2603c"
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass",
                   "test.record", "test.bytes", "test.unencodable", "test.fromend", "test.far", "test.badtype", "test.kanji", "nosuch"]:
        print(name, errors, err(lambda: s.encode(name, errors)))
    print(name, "surrogates", err(lambda: "a\udc80\udcffb".encode(name, "surrogateescape")), err(lambda: "\ud800".encode(name)))
    data = b"a\xff\x80b\x81"
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace", "test.record", "test.back", "test.far", "nosuch"]:
        print(name, errors, err(lambda: data.decode(name, errors)))
for item in seen:
    print(item)
