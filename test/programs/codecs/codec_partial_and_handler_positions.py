# Found by tools/fuzz-oracle/codecs_errors.py: what the codec functions report and where a
# decoder that is not final stops.
import codecs

codecs.register_error("plus_one", lambda e: ("S", e.start + 1))
codecs.register_error("far_back", lambda e: ("?", -1000))


def show(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))


# A handler's negative position counts from the end; the IndexError gives the counted position.
show(str.encode, "ab\xff", "ascii", "far_back")
show(bytes.decode, b"ab\xff", "utf-8", "far_back")
show(codecs.encode, "\xff", "cp437", "far_back")
show(codecs.utf_7_decode, b"\xed\xa0\x80", "far_back", True)

# UTF-16/32 not final: after a handler resumes off a unit boundary, an incomplete tail is kept.
for data in [b"\x00\xd8\xfe\xff\xc0\x80xn--", b"\x00\xd8\xfe\xff", b"\x00\xd8\xfe", b"\x00\xd8\xfe\xff\x00"]:
    for final in (False, True):
        show(codecs.utf_16_decode, data, "plus_one", final)
        show(codecs.utf_16_be_decode, data, "plus_one", final)
        show(codecs.utf_32_le_decode, data + b"\x00", "plus_one", final)
        show(codecs.utf_32_ex_decode, data, "plus_one", 0, final)
for n in range(4, 10):
    show(codecs.utf_32_be_decode, b"\xc3\xc0\x80\xe2\x82+AG\x7f"[:n], "surrogateescape")

# unicode_escape not final: a cut-off escape waits, a complete bad one is an error.
for data in [b"ab\\", b"ab\\x4", b"ab\\U0011ffff", b"ab\\N", b"ab\\N{DASH", b"ab\\N{NO SUCH NAME}", b"\\x4g", b"ab\\u12"]:
    show(codecs.unicode_escape_decode, data, "strict", False)
    show(codecs.unicode_escape_decode, data, "replace", False)
    d = codecs.getincrementaldecoder("unicode_escape")("strict")
    show(lambda: [d.decode(data[:k]) for k in (1,)] + [d.decode(data[1:]), d.decode(b"", True)])

# The charmap codecs see a false pair as two code points.
show(str.encode, "\ud83d\udfff\ud83d0a", "koi8-r")
show(str.encode, "\\\udfff\ud83d\udc80xa", "koi8-r", "plus_one")
show(str.encode, "\ud800\ud800\ude00", "mac-roman", "backslashreplace")
show(codecs.charmap_encode, "\ud83d\ude00a", "replace", codecs.charmap_build("ab"))

# The _codecs functions wrap nothing themselves: codecs.encode wraps once.
for enc in ["utf-16-le", "utf-32-be", "utf-32", "utf-8", "latin-1", "cp1252"]:
    show(codecs.encode, "a\udc80", enc, "bogus")
show(codecs.utf_32_be_encode, "a\udc80", "bogus")
show(codecs.utf_16_le_encode, "a\udc80", "bogus")

# Their arguments are positional-only.
for name in ["ascii_decode", "latin_1_decode", "utf_8_decode", "utf_16_ex_decode", "charmap_encode", "escape_decode", "utf_7_encode", "readbuffer_encode"]:
    f = getattr(codecs, name)
    show(lambda: f(b"", "strict", 0, 0, 0))
    show(lambda: f())
    show(lambda: f(b"", errors="strict"))
for f in [codecs.register, codecs.unregister, codecs.lookup_error, codecs.charmap_build, codecs.lookup, codecs.strict_errors, codecs.lookup_error("surrogateescape")]:
    show(lambda: f(1, 2))
    show(lambda: f(x=1))
    show(lambda: f())
show(lambda: codecs.register_error("x"))
show(lambda: codecs.register_error("x", len, name=1))

# Error positions after a BOM count from the start of the data.
show(codecs.decode, b"\xff\xfe\x00\x00\\q\xe2\x82\xac", "utf-16", "surrogatepass")
show(codecs.decode, b"\xff\xfe\x00\x00\xe2\x82\xac\\\x7f+", "utf-32")
show(codecs.utf_16_decode, b"\xfe\xff\xd8\x00a", "strict", True)
show(codecs.utf_16_ex_decode, b"\xff\xfe\x00\xdc", "plus_one", 0, False)
show(codecs.utf_32_ex_decode, b"\x00\x00\xfe\xff\x00\x11\x00\x00ab", "replace", 0, False)

# A UTF-8 decoder that is not final holds an incomplete tail back, but its error handler still
# sees the whole input as the exception's object.
codecs.register_error("object_len", lambda e: ("<%d/%d>" % (e.end, len(e.object)), e.end))
show(codecs.utf_8_decode, b"\xed\xb2\x80\xff\xfe\xf0\x9f", "far_back", False)
show(codecs.utf_8_decode, b"a\xffb\xe2\x82", "object_len", False)
show(codecs.utf_8_decode, b"a\xffb\xe2\x82", "object_len", True)
d = codecs.getincrementaldecoder("utf-8")("object_len")
show(lambda: [d.decode(b"\xff\xe2"), d.decode(b"\x82"), d.decode(b"\xac\xff", True)])

# utf-7: a handler called for an unterminated shift at the end may resume inside it; decoding
# restarts there, out of the shift.
for data in [b"-\xc3\xff\xfe+AG", b"a+AGE", b"+2D3eAA", b"+AGEA"]:
    for handler in ["plus_one", "replace", "ignore", "object_len"]:
        show(bytes.decode, data, "utf-7", handler)
        show(codecs.utf_7_decode, data, handler, False)

# UTF-8 not final: the tail held back is found where decoding gets to.
for data in [b"\xc3\xf0", b"\xc3\xf0\x9f", b"a\xed\xa0", b"a\xed\x41", b"\xe2\x82", b"\xf0\x9f\x98", b"\xe0\x80", b"\xf4\x90"]:
    for handler in ["strict", "replace", "surrogatepass", "object_len"]:
        show(codecs.utf_8_decode, data, handler, False)
show(lambda: list(codecs.iterdecode([b"\xc3\xf0", b"\x9f\x98\x80", b""], "utf-8-sig", "surrogatepass")))
show(lambda: list(codecs.iterdecode([b"\xed\xa0", b"\x80", b""], "utf-8", "surrogatepass")))
