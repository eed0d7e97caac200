# Characters outside the BMP and lone surrogates: lengths, ordering, encoding, repr/ascii escapes.
faces = "😀😃🐍𝄞𝔘𐍈"
print(len(faces), [hex(ord(c)) for c in faces], faces[1:3], faces[::-1], faces.upper() == faces)
print(repr(faces), ascii(faces), faces.encode("utf-8"), len(faces.encode("utf-16-le")), faces.encode("utf-32-be")[:8])
lone = "\ud800"
print(len(lone), repr(lone), ascii(lone), hex(ord(lone)), lone.isprintable(), repr("a\udc80b"), len("\udfff\ud800"))
pair = "\ud83d\ude00"
print(len(pair), repr(pair), pair == "😀", [hex(ord(c)) for c in pair], repr(pair[0]), repr(pair[1]))
print(repr(chr(0xD800) + chr(0xDC00)), len(chr(0xD800) + chr(0xDC00)), chr(0xD800) + chr(0xDC00) == "\U00010000")
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: lone.encode("utf-8")))
print(lone.encode("utf-8", "surrogatepass"), lone.encode("utf-8", "replace"), lone.encode("utf-8", "ignore"), lone.encode("utf-8", "backslashreplace"))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr(b"\xff\xfe".decode("utf-8", "surrogateescape")))
print(repr("\udcff".encode("utf-8", "surrogateescape")), err(lambda: b"\xed\xa0\x80".decode("utf-8")))
print(sorted(["\uffff", "😀", "\ud800", "a", "\U0010ffff"]) == ["a", "\ud800", "\uffff", "😀", "\U0010ffff"])
print("\U0010FFFF" > "\uFFFF", "😀" > "\ud83d", "😀"[0] == "😀", repr(chr(0x10FFFF)), err(lambda: chr(0x110000)))
print("😀".center(5, "*"), "😀".ljust(3, "😃"), "a😀b".split("😀"), "a😀b".replace("😀", "-"), "😀".isprintable(), "\U000E0001".isprintable())
print(f"{'😀':>4}|{'𝔘':^5}|", "%-3s|" % "😀", "{:😀^7}".format("x"))
print(str(b"\xf0\x9f\x98\x80", "utf-8"), b"\xf0\x9f\x98\x80".decode(), "😀".encode("utf-16"), "😀".encode("utf-16-be").hex())
