# encode/decode with many codecs and error handlers, including the exact UnicodeError messages.
s = "Grüße, 世界! 😀"
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252", "utf-7", "utf-8-sig"]:
    for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        try:
            b = s.encode(codec, errors)
            print(codec, errors, b, b.decode(codec, "replace") == s)
        except UnicodeError as e:
            print(codec, errors, f"{type(e).__name__}: {e}")
for raw, codec in [(b"\xff\xfe", "utf-8"), (b"abc\x80def", "ascii"), (b"\xc3", "utf-8"), (b"\xe2\x82", "utf-8"),
                   (b"\xf0\x9f\x98", "utf-8"), (b"\x00\xd8", "utf-16-le"), (b"a\x00b", "utf-16-le"), (b"\x81", "cp1252")]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        try:
            print(raw, codec, errors, repr(raw.decode(codec, errors)))
        except UnicodeError as e:
            print(raw, codec, errors, f"{type(e).__name__}: {e}")
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b"a\xffb".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: "x".encode("no-such-codec")))
print(err(lambda: "x".encode("utf-8", "no-such-handler")))
print(err(lambda: b"x".decode("rot13")))
print("abc".encode(), "abc".encode(encoding="UTF8"), "é".encode("Latin1"), "é".encode("iso-8859-15"), str(b"caf\xc3\xa9", "utf-8"), str(b"x", "ascii", "strict"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), "hi".encode("utf-8-sig"))
print(bytes("abc", "utf-16-be"), bytearray("é", "utf-8"), err(lambda: bytes("abc")), err(lambda: str(b"x", "utf-8", "bad")))
