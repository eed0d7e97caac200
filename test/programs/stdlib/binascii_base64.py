# binascii (base64, hex with separators, uuencode, crc32/crc_hqx, errors) and what is built on it: base64, uu, the hex and base64 codecs.
import binascii, base64, codecs, uu, io
def e(f):
    try: return repr(f())
    except Exception as x: return type(x).__name__ + ": " + str(x)
for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:50], "héllo".encode()]:
    enc = binascii.b2a_base64(d)
    print(enc, binascii.a2b_base64(enc) == d, binascii.b2a_base64(d, newline=False), binascii.hexlify(d), binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc32(d, 12345), binascii.b2a_uu(d[:45]), binascii.a2b_uu(binascii.b2a_uu(d[:45])) == d[:45])
for s in [b"YQ=", b"YQ", b"Y", b"YWJj\nZA==", b"YW=Jj", "YWJj", "Y!W*J j", b"YWJjZ", b"====", b"YQ==YQ=="]:
    print(s, e(lambda: binascii.a2b_base64(s)))
print(e(lambda: binascii.a2b_base64("é")), e(lambda: binascii.a2b_hex("abc")), e(lambda: binascii.a2b_hex("zz")), binascii.unhexlify("ABcd"), e(lambda: binascii.b2a_base64("s")))
print(binascii.hexlify(b"\xb9\x01\xef", "-"), binascii.hexlify(b"\xb9\x01\xef", "-", 2), binascii.hexlify(b"\xb9\x01\xef", b"_", -2), e(lambda: binascii.hexlify(b"a", "--")), binascii.b2a_hex(b"\x01\x02", ":"))
print(binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00", backtick=True), binascii.a2b_uu(b""), e(lambda: binascii.a2b_uu(b"!\x7f")), e(lambda: binascii.a2b_uu(b"!A  x")), e(lambda: binascii.b2a_uu(b"x" * 46)))
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode(b"6162"), base64.b85encode(b"abc"), base64.a85encode(b"abc"))
print(codecs.encode(b"ab", "hex"), codecs.decode(b"6162", "hex"), codecs.encode(b"ab", "base64"), codecs.decode(b"YWI=\n", "base64"), e(lambda: codecs.decode(b"6", "hex")))
print(binascii.Error.__mro__, binascii.Incomplete.__module__, e(lambda: base64.b64decode("YQ=", validate=True)))
out = io.BytesIO()
uu.encode(io.BytesIO(b"uu data"), out, "f.txt")
print(out.getvalue())
back = io.BytesIO()
uu.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
