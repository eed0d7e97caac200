# chr and ord over the whole code space boundaries, and their errors.
print([ord(c) for c in "aZ0 ~\x00\x7f\xff\u0100\uffff\U00010000\U0010ffff"])
print([chr(i) for i in [65, 97, 48, 0x3b1, 0x5d0, 0x4e2d]], repr(chr(0)), repr(chr(0x7f)), repr(chr(0xdfff)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: chr(0x110000)), err(lambda: chr(-5)), err(lambda: chr(1.5)), err(lambda: chr("a")))
print(err(lambda: ord("ab")), err(lambda: ord(1)), err(lambda: ord(b"ab")), ord(b"a"), ord(bytearray(b"z")))
print(err(lambda: ord("😀😀")), ord("😀"), chr(ord("😀")) == "😀", chr(True))
alphabet = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
print(alphabet, alphabet.upper(), [chr(0x2460 + i) for i in range(5)], "".join(map(chr, range(0x391, 0x3a1))))
