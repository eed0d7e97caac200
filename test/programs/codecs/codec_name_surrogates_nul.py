# Codec and error handler names are read as C strings: a lone surrogate in one is the UTF-8 codec's
# UnicodeEncodeError (over the run of surrogates, before any lookup), a NUL "embedded null
# character" (3.10.2's email._encoded_words.decode lets the first out for such a charset)
import codecs

name = "utf-8\udce2\udc80\udc9d"
calls = [
    lambda: b"foo\xacbar".decode(name),
    lambda: b"foo\xacbar".decode(name, "surrogateescape"),
    lambda: bytearray(b"foo").decode(name),
    lambda: "x".encode(name),
    lambda: "x".encode("ascii", "strict\udc80"),
    lambda: b"x".decode("utf-8", "\udc80"),
    lambda: str(b"x", name),
    lambda: str(b"x", "ascii", "\ud800x"),
    lambda: codecs.lookup(name),
    lambda: codecs.lookup("\udc80"),
    lambda: codecs.lookup_error("\udc80"),
    lambda: codecs.register_error("a\udc80", lambda e: ("", e.end)),
    lambda: codecs.decode(b"x", name),
    lambda: codecs.encode("x", "ascii", "\udfff"),
    lambda: b"x".decode("ascii\0"),
    lambda: "x".encode("ascii", "st\0rict"),
    lambda: codecs.lookup("a\0b"),
    lambda: str(b"x", "a\0"),
    lambda: codecs.lookup("utf-8\U0001f600").name,
]
for f in calls:
    try:
        print(repr(f()))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end, ascii(e.object))
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
