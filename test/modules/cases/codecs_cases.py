# _codecs and the codecs module over it: registry lookups, str.encode/bytes.decode through
# registry codecs, the codec functions with their (result, consumed) tuples and partial input, the
# error handlers, escape and charmap codecs. One line per case.
import codecs, _codecs

def case(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, ascii(r) if not isinstance(r, str) else ascii(r)[1:-1])

case("names", lambda: sorted(n for n in dir(_codecs) if not n.startswith("_") and n not in ("mbcs_decode", "mbcs_encode", "oem_decode", "oem_encode", "code_page_decode", "code_page_encode")))
for enc in ["utf-8", "UTF8", "u8", "latin_1", "L1", "iso-8859-15", "cp850", "koi8-r", "mac_roman", "utf_16_be", "U32", "ascii", "646", "punycode", "utf-7", "unicode-escape", "rot-13", "undefined"]:
    case(f"lookup {enc}", lambda enc=enc: codecs.lookup(enc).name)
case("codecinfo", lambda: (lambda i: (type(i).__name__, len(i), i._is_text_encoding, i.incrementalencoder.__name__))(codecs.lookup("utf-8")))
case("unknown", lambda: codecs.lookup("nope"))
case("search function", lambda: (codecs.register(lambda name: codecs.lookup("utf-8") if name == "my_alias" else None), codecs.lookup("MY ALIAS").name, "x".encode("my-alias")))
case("search bad result", lambda: (codecs.register(lambda name: 42 if name == "broken" else None), codecs.lookup("broken")))
case("register not callable", lambda: codecs.register(1))
words = "Grüße, мир, 世界 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "utf-8-sig", "cp1251", "koi8-r", "iso8859-5", "utf-7", "punycode", "latin-1", "ascii", "mac-cyrillic"]:
    case(f"encode {enc}", lambda enc=enc: words.encode(enc, "replace"))
    case(f"roundtrip {enc}", lambda enc=enc: words.encode(enc, "replace").decode(enc, "replace"))
for enc in ["utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252", "cp437", "utf-7"]:
    case(f"strict {enc}", lambda enc=enc: "a\udc80b€".encode(enc))
for data in [b"\xe2\x82", b"\xe2\x82\xac\xf0\x9f", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"a\xc3", b"\xc3("]:
    case(f"utf_8_decode partial {data!r}", lambda data=data: (_codecs.utf_8_decode(data), _codecs.utf_8_decode(data, "replace", True)))
for data in [b"a", b"a\x00\x3d", b"\x3d\xd8", b"\x3d\xd8\x00\xde", b"\x00\xdc"]:
    case(f"utf_16_le_decode {data!r}", lambda data=data: (_codecs.utf_16_le_decode(data), _codecs.utf_16_le_decode(data, "backslashreplace", True)))
case("utf_16_decode bom", lambda: (_codecs.utf_16_decode(b"\xfe\xff\x00a"), _codecs.utf_16_decode(b"\xff"), _codecs.utf_16_decode(b"a\x00")))
case("utf_32 partial", lambda: (_codecs.utf_32_decode(b"\xff\xfe\x00"), _codecs.utf_32_le_decode(b"a\x00\x00\x00b"), _codecs.utf_32_be_decode(b"\x00\x11\x00\x00", "replace", True)))
case("utf_16_encode", lambda: (_codecs.utf_16_encode("a", None, 0), _codecs.utf_16_encode("a", None, 1), _codecs.utf_16_encode("a", None, -1)))
case("utf_32_encode", lambda: _codecs.utf_32_encode("a😀"))
case("decode str arg", lambda: _codecs.utf_8_decode("text"))
case("encode bytes arg", lambda: _codecs.utf_8_encode(b"text"))
case("latin_1_decode memoryview", lambda: _codecs.latin_1_decode(memoryview(b"\xe9")))
case("ascii_encode errors", lambda: _codecs.ascii_encode("é", "xmlcharrefreplace"))
case("unicode_escape partial", lambda: (_codecs.unicode_escape_decode(b"ab\\u12", "strict", False), _codecs.unicode_escape_decode(b"ab\\", "strict", False)))
case("unicode_escape str input", lambda: _codecs.unicode_escape_decode("\\x41"))
case("unicode_escape all", lambda: "".join(chr(i) for i in range(0, 0x100, 7)).encode("unicode_escape"))
case("unicode_escape back", lambda: "".join(chr(i) for i in range(0, 0x100, 7)).encode("unicode_escape").decode("unicode_escape") == "".join(chr(i) for i in range(0, 0x100, 7)))
case("raw_unicode_escape odd", lambda: (b"\\\\u0041".decode("raw_unicode_escape"), b"\\\\\\u0041".decode("raw_unicode_escape")))
case("escape_decode errors", lambda: (codecs.escape_decode(b"\\x4", "replace"), codecs.escape_decode(b"\\x4g", "ignore")))
case("escape_decode trailing", lambda: codecs.escape_decode(b"abc\\"))
case("escape_encode str", lambda: codecs.escape_encode("s"))
case("string_escape", lambda: b"a\\tb".decode("unicode_escape"))
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    case(f"handler {h} encode", lambda h=h: "x\u00e9\u20ac\U0001F600\udc80\ud800y".encode("ascii", h))
    case(f"handler {h} utf8", lambda h=h: "x\udc80\ud800y\udfff".encode("utf-8", h))
    case(f"handler {h} decode", lambda h=h: b"x\x80\xed\xa0\x80\xffy".decode("utf-8", h))
    case(f"handler {h} utf16", lambda h=h: b"x\x00\x00\xd8y\x00".decode("utf-16-le", h))
case("lookup_error type", lambda: codecs.lookup_error(1))
case("register_error arity", lambda: codecs.register_error("x"))
def sub(e):
    return ("{%s}" % type(e).__name__, e.end)
codecs.register_error("test.sub", sub)
case("custom encode", lambda: "aé€😀b".encode("latin-1", "test.sub"))
case("custom decode", lambda: b"a\xffb\xfe".decode("utf-8", "test.sub"))
case("custom utf16", lambda: "a\udc80b".encode("utf-16-le", "test.sub"))
case("custom charmap", lambda: "aé€".encode("cp437", "test.sub"))
case("custom via codecs.encode", lambda: codecs.encode("é", "ascii", "test.sub"))
case("custom in TextIOWrapper", lambda: (lambda io: (lambda t: (t.write("é"), t.flush(), t.buffer.getvalue()))(io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="test.sub")))(__import__("io")))
case("charmap none", lambda: (codecs.charmap_encode("é"), codecs.charmap_decode(b"\xe9")))
case("charmap dict errors", lambda: codecs.charmap_decode(b"\x00", "strict", {0: 300000000}))
case("charmap bad value", lambda: codecs.charmap_encode("a", "strict", {97: "x"}))
case("codecs.encode wrap", lambda: codecs.encode(b"x", "rot13"))
case("bytes.decode unknown", lambda: b"x".decode("nope-codec"))
case("str.encode non-text", lambda: "x".encode("rot13"))
case("empty decode", lambda: b"".decode("no-such-thing"))
