# The surrogateescape handler called from Python escapes at most 4 bytes of a decoding error a call
# (PyCodec_SurrogateEscapeErrors) and answers where it stopped; a decoder calls it again for the rest.
import codecs

h = codecs.lookup_error("surrogateescape")
data = b"+\xe2\x82\xed\xb2\x80\xe2\x82\xac"
for start, end in [(3, 8), (0, 9), (1, 9), (1, 3), (5, 9), (2, 2)]:
    try:
        print(start, end, ascii(h(UnicodeDecodeError("ascii", data, start, end, "x"))))
    except Exception as e:
        print(start, end, type(e).__name__, e)
print(ascii(data.decode("ascii", "surrogateescape")), ascii(b"\xff\xfe\xfd\xfc\xfb\xfa".decode("utf-16-le", "surrogateescape")))
print(ascii(b"\xff\xff\xff\xff\x41\x00\x00\x00\xfe".decode("utf-32-le", "surrogateescape")))
try:
    b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogateescape")  # (a byte below 128: not escaped)
except UnicodeDecodeError as e:
    print(e)


def four_at_most(e):
    r = h(e)
    print("  handler", e.start, e.end, "->", ascii(r))
    return r


codecs.register_error("four", four_at_most)
print(ascii(bytes(range(0x80, 0x8a)).decode("ascii", "four")))
