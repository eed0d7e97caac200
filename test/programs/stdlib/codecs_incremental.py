# codecs: lookup and CodecInfo, incremental decoders fed byte by byte (UTF-8/16/32, BOMs), incremental encoders, StreamReader/StreamWriter over BytesIO, the _codecs functions the encodings package calls, escape codecs and charmap codecs.
import codecs, io
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for name in ["UTF8", "utf_8", "Latin-1", "ascii", "utf-16", "UTF-32-LE", "cp437", "cp1252", "mac-roman", "unicode_escape", "raw-unicode-escape", "utf-8-sig"]:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, info == codecs.lookup(name.upper()))
print(err(lambda: codecs.lookup("no such codec")), err(lambda: codecs.lookup(1)))
text = "aé€😀z"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"]:
    data = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b"", final=True))
    print(enc, data, "".join(pieces) == text, [p for p in pieces if p])
    e = codecs.getincrementalencoder(enc)()
    print(" ", e.encode("ab"), e.encode("c"), e.encode("", final=True))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), d.getstate(), repr(d.decode(b"\xac")), err(lambda: d.decode(b"\xff")), err(lambda: d.decode(b"\xe2", final=True)))
d.reset()
print(d.getstate(), repr(d.decode(b"ok")))
print(codecs.utf_8_decode(b"ab\xe2\x82"), codecs.utf_8_decode(b"ab\xe2\x82", "strict", True) if False else "", codecs.utf_8_encode("é"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True), codecs.utf_16_ex_decode(b"\xff", "strict", 0, False), codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00", "strict", 0, True))
print(codecs.utf_16_le_decode(b"a\x00b"), codecs.utf_16_be_encode("ab"), codecs.utf_32_decode(b"a\x00\x00\x00", None, True), codecs.latin_1_encode("é"), codecs.ascii_decode(b"abc"))
print(codecs.readbuffer_encode(b"raw"), codecs.readbuffer_encode("txt"))
print(codecs.escape_decode(b"a\\nb\\x41\\101\\q"), codecs.escape_encode(b"a'\"\n\x00\x7f"), err(lambda: codecs.escape_decode(b"\\x4")))
print(codecs.unicode_escape_decode(b"\\u00e9\\N{BULLET}\\U0001F600x\\t"), "é\n\u20ac\U0001F600\\".encode("unicode_escape"))
print(codecs.raw_unicode_escape_decode(b"\\u00e9 \\\\u00e9 \\x"), "é\u20ac\\".encode("raw_unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\U0011ffff", b"\\N{NOPE}", b"\\"]:
    print(err(lambda: bad.decode("unicode_escape")))
print(b"\\u12x".decode("unicode_escape", "replace"), b"a\\x4b\\x".decode("unicode_escape", "ignore"), err(lambda: b"\\u12".decode("raw_unicode_escape")))
print(b"\x80\x81abc".decode("cp437"), "Ç€".encode("cp1252"), err(lambda: "€".encode("cp437")), "€x".encode("cp437", "replace"), b"\x81".decode("cp1252", "replace"))
table = codecs.charmap_build("\0abc")
print(type(table).__name__, codecs.charmap_build("abc"), codecs.charmap_encode("cab", "strict", table), codecs.charmap_decode(b"\x00\x02", "strict", "xyz"), codecs.charmap_decode(b"\x00\x01", "strict", {0: "A", 1: 66}))
print(err(lambda: codecs.charmap_encode("d", "strict", table)), codecs.charmap_encode("dab", "replace", {ord("a"): 1, ord("b"): b"BB", ord("?"): 63}))
print(err(lambda: codecs.charmap_decode(b"\x05", "strict", "ab")), codecs.charmap_decode(b"\x05a", "replace", "ab"))
raw = io.BytesIO("line1\nlíne2\nend".encode("utf-8"))
reader = codecs.getreader("utf-8")(raw)
print(repr(reader.readline()), repr(reader.readline()), repr(reader.read()), repr(reader.read()))
out = io.BytesIO()
writer = codecs.getwriter("utf-16-le")(out)
writer.write("hi")
writer.writelines(["a", "b"])
print(out.getvalue())
srw = codecs.StreamReaderWriter(io.BytesIO("x€y".encode("utf-8")), codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
print(repr(srw.read()))
print(list(codecs.iterdecode([b"\xe2", b"\x82\xac", b"!"], "utf-8")), list(codecs.iterencode(["a", "b"], "utf-16")))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"), err(lambda: "abc".encode("rot13")), err(lambda: b"abc".decode("rot13")))
print(codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9"), err(lambda: codecs.decode(b"\xff", "utf-8")), err(lambda: codecs.encode(1, "utf-8")))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
