# bytes: literals, constructor forms, indexing (ints), slicing (bytes), repr choices, concatenation.
b = b"hello\x00\xff\n'\""
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]), b"" == bytes(), bytes(3), bytes([65, 66]))
print(bytes(b"abc"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes("é", "utf-8"), bytes(range(5)), bytes((x for x in [1, 2])))
print(b"a" + b"b", b"ab" * 3, 2 * b"-", b"a" in b"cat", 97 in b"cat", b"" in b"x", b"at" in b"cat", b"abc" < b"abd", b"b" > b"abc")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\r\n\\"), repr(bytes(range(0x7c, 0x84))), b"\x41\x42\101")
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: bytes([256])))
print(err(lambda: bytes([-1])))
print(err(lambda: bytes("abc")))
print(err(lambda: bytes(-1)))
print(err(lambda: bytes(1.5)))
print(err(lambda: b"a" + "b"))
print(err(lambda: b"abc"[3]))
print(err(lambda: b"abc".__setitem__(0, 1)))
print(err(lambda: bytes(["a"])))
print(err(lambda: 1.5 in b"a"))
print(err(lambda: 300 in b"a"))
print(b"abc" == "abc", b"abc" != bytearray(b"abc"), b"a" == 97, hash(b"abc") == hash(bytes(b"abc")), type(b"ab"[0]).__name__)
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), b"abc".hex(" ", -1))
print(err(lambda: bytes.fromhex("abc")), err(lambda: bytes.fromhex("zz")))
print(b"x".__class__, bytes.__mro__, isinstance(b"", bytes), isinstance(bytearray(), bytes))
for x in b"hi":
    print(x, chr(x))
print(sorted(b"hello"), max(b"az"), sum(b"\x01\x02"), list(reversed(b"abc")), b"abc".count(b"") , bytes.maketrans(b"ab", b"xy")[97:99])
