# bytes methods mirror str's: split, strip, find, replace, case methods (ASCII only), predicates, justify.
b = b"  The Quick, Brown fox  "
print(b.split(), b.split(b","), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip(b" x"), b.strip(b" Tx"))
print(b.upper(), b.lower(), b.title(), b.swapcase(), b.capitalize(), b"\xe9abc".upper(), b"ABC\xc9".lower())
print(b.find(b"Quick"), b.find(ord("Q")), b.rfind(b" "), b.index(b"fox"), b.count(b" "), b.count(32), b.startswith(b"  T"), b.endswith((b"x", b"  ")))
print(b.replace(b" ", b"_"), b.replace(b" ", b"", 3), b.partition(b","), b.rpartition(b" "), b.center(30, b"*"), b.ljust(26, b"."), b.rjust(26))
print(b"12".zfill(5), b"-3".zfill(4), b"a\tb".expandtabs(4), b"l1\nl2\r\nl3".splitlines(), b"l1\nl2".splitlines(True))
print(b", ".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
for t in [b"abc", b"ABC", b"123", b"a1", b" \t", b"", b"Title Case", b"\xe9", b"a_b"]:
    print(t, t.isalnum(), t.isalpha(), t.isdigit(), t.islower(), t.isupper(), t.isspace(), t.istitle(), t.isascii())
table = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(table), b"aabbcc".translate(None, b"b"), b"aabbcc".translate(table, b"c"))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: b"a".split("a")))
print(err(lambda: b"a".join(["x"])))
print(err(lambda: b"a".find("a")))
print(err(lambda: b"a".replace("a", "b")))
print(err(lambda: b"a".center(5, b"ab")))
print(err(lambda: bytes.maketrans(b"ab", b"a")))
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"%s=%d" % (b"k", 5), b"%5b|%-5b|" % (b"r", b"l"))
