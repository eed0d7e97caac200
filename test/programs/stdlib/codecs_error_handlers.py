# Codec error handlers: the eight standard ones on encoding and decoding, lookup_error, custom handlers registered with register_error (replacement strings, bytes, new positions, bad return values), and the UnicodeError attributes they receive.
import codecs
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
text = "aé€\udcff😀b"
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(h, err(lambda: text.encode("ascii", h)), err(lambda: text.encode("latin-1", h)), err(lambda: text.encode("utf-8", h)))
data = b"a\xff\xc3b\xed\xa0\x80c"
for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace"]:
    print(h, err(lambda: data.decode("utf-8", h)), err(lambda: data.decode("ascii", h)))
print(err(lambda: "x".encode("ascii", "nonexistent")), err(lambda: b"\xff".decode("ascii", "nonexistent")), err(lambda: codecs.lookup_error("nonexistent")))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
ue = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(codecs.lookup_error("replace")(ue), codecs.lookup_error("backslashreplace")(ue), codecs.lookup_error("xmlcharrefreplace")(ue), codecs.lookup_error("ignore")(ue))
ud = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
print(codecs.lookup_error("replace")(ud), codecs.lookup_error("backslashreplace")(ud), codecs.lookup_error("surrogateescape")(ud))
print(err(lambda: codecs.lookup_error("strict")(ue)), err(lambda: codecs.lookup_error("xmlcharrefreplace")(ud)))
seen = []
def record(e):
    seen.append((type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason))
    if isinstance(e, UnicodeEncodeError):
        return ("<%s>" % ",".join("%x" % ord(c) for c in e.object[e.start:e.end]), e.end)
    return ("[%s]" % e.object[e.start:e.end].hex(), e.end)
codecs.register_error("record", record)
print("aé€b".encode("ascii", "record"), "aé€b".encode("latin-1", "record"), b"a\xff\xfeb".decode("utf-8", "record"), b"x\x80".decode("ascii", "record"))
for s in seen:
    print(s)
codecs.register_error("bytes", lambda e: (b"##", e.end))
print("aéb".encode("ascii", "bytes"), "aéb".encode("utf-16-le", "bytes") if False else "", err(lambda: b"\xff".decode("ascii", "bytes")))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print("aébc".encode("ascii", "skip2"), b"a\xffbc".decode("ascii", "skip2"))
codecs.register_error("back", lambda e: ("?", -1))
print("abé".encode("ascii", "back") if False else "", err(lambda: "é".encode("ascii", "back")) if False else "")
codecs.register_error("badtype", lambda e: 42)
print(err(lambda: "é".encode("ascii", "badtype")), err(lambda: b"\xff".decode("ascii", "badtype")))
codecs.register_error("badpos", lambda e: ("x", 100))
print(err(lambda: "é".encode("ascii", "badpos")), err(lambda: b"\xff".decode("ascii", "badpos")))
codecs.register_error("nonascii", lambda e: ("é", e.end))
print(err(lambda: "€".encode("ascii", "nonascii")), "€".encode("latin-1", "nonascii"))
print(err(lambda: codecs.register_error("x", 1)), err(lambda: codecs.register_error(1, print)))
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, e.args, e.start, e.end, e.object, e.reason, e.encoding)
e2 = UnicodeEncodeError("latin-1", "€", 0, 1, "nope")
print(e2, repr(e2))
