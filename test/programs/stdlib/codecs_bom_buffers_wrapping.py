# Codec details beyond the basics: UTF-16/32 streams without a BOM, a surrogate's first two
# UTF-8 bytes held back by incremental decoding (surrogatepass), buffer exporters as codec input,
# which codec exceptions get wrapped, and the deprecated 'U' open mode.
import array
import codecs
import io
import os
import warnings


def attempt(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print("-- utf-16 / utf-32 without a BOM")
for enc, width in [("utf-16", 2), ("utf-32", 4)]:
    data = "ab".encode(enc + "-le")
    ex = codecs.utf_16_ex_decode if width == 2 else codecs.utf_32_ex_decode
    bom_be = codecs.BOM_UTF16_BE if width == 2 else codecs.BOM_UTF32_BE
    bom_le = codecs.BOM_UTF16_LE if width == 2 else codecs.BOM_UTF32_LE
    print(enc, "one-shot", attempt(data.decode, enc))
    print(enc, "ex final", attempt(ex, data, "strict", 0, True))
    print(enc, "ex partial", attempt(ex, data, "strict", 0, False))
    print(enc, "ex short", attempt(ex, data[:width - 1], "strict", 0, False))
    print(enc, "ex empty", attempt(ex, b"", "strict", 0, True))
    print(enc, "ex le", attempt(ex, data, "strict", -1, True))
    print(enc, "ex bom be", attempt(ex, bom_be + "ab".encode(enc + "-be"), "strict", 0, True))
    print(enc, "ex bom le", attempt(ex, bom_le + data, "strict", 0, False))
    d = codecs.getincrementaldecoder(enc)()
    print(enc, "incremental", attempt(d.decode, data), d.getstate())
    d = codecs.getincrementaldecoder(enc)()
    print(enc, "incremental short", attempt(d.decode, data[:1]), d.getstate())
    print(enc, "reader", attempt(codecs.getreader(enc)(io.BytesIO(data)).read))
    print(enc, "reader bad bom", attempt(codecs.getreader(enc)(io.BytesIO(b"\xff" * width)).read))
    print(enc, "TextIOWrapper", attempt(io.TextIOWrapper(io.BytesIO(data), encoding=enc).read))
    print(enc, "TextIOWrapper bom", attempt(io.TextIOWrapper(io.BytesIO(bom_le + data), encoding=enc).read))
    print(enc, "TextIOWrapper empty", attempt(io.TextIOWrapper(io.BytesIO(b""), encoding=enc).read))

print("-- utf-8 incremental decoding and surrogates")
for errors in ["surrogatepass", "strict", "replace"]:
    dec = codecs.getincrementaldecoder("utf-8")(errors)
    data = "\ud800x\udfff".encode("utf-8", "surrogatepass")
    out = []
    for i in range(len(data)):
        out.append(attempt(dec.decode, data[i:i + 1]))
    out.append(attempt(dec.decode, b"", True))
    print(errors, out)
for chunk in [b"\xed", b"\xed\xa0", b"\xed\xbf", b"\xed\x9f", b"\xed\xa0\x80", b"a\xed\xa0", b"\xe0\x9f", b"\xf4\x90"]:
    print(chunk, attempt(codecs.utf_8_decode, chunk, "strict", False),
          attempt(codecs.utf_8_decode, chunk, "surrogatepass", False),
          attempt(codecs.utf_8_decode, chunk, "surrogatepass", True))

print("-- buffer exporters as input")
for x in [array.array("b", b"spam"), array.array("H", [0x61, 0x62]), memoryview(b"abcd")[::2], bytearray(b"xy")]:
    for f in [codecs.readbuffer_encode, codecs.utf_8_decode, codecs.latin_1_decode, codecs.ascii_decode,
              codecs.escape_decode, codecs.charmap_decode, codecs.utf_16_le_decode, codecs.unicode_escape_decode]:
        print(type(x).__name__, f.__name__, attempt(f, x))
print(attempt(codecs.readbuffer_encode, 42))
print(attempt(codecs.utf_8_decode, "text"))

print("-- which exceptions a codec failure wraps")
raised = {}


def search(name):
    if name in raised:
        def fail(*args):
            raise raised[name]
        return codecs.CodecInfo(fail, fail, name=name)


codecs.register(search)


class Custom(RuntimeError):
    pass


class WithInit(RuntimeError):
    def __init__(self, *args):
        super().__init__(*args)


cases = [RuntimeError("a", "b", "c"), RuntimeError(), RuntimeError("msg"), RuntimeError(1),
         RuntimeError(("a", "b")), Custom("a", "b"), Custom(), Custom("one"), WithInit("x"),
         TypeError("bad"), ValueError(None)]
try:
    for i, exc in enumerate(cases):
        name = f"wraptest{i}"
        raised[name] = exc
        for op in ("encode", "decode"):
            try:
                if op == "encode":
                    "x".encode(name)
                else:
                    b"x".decode(name)
            except Exception as e:
                print(name, op, type(e).__name__, repr(str(e)), e.__cause__ is exc, e.__suppress_context__)
        try:
            codecs.encode("x", name)
        except Exception as e:
            print(name, "codecs.encode", type(e).__name__, repr(str(e)), e.__cause__ is exc)
finally:
    # (the registry outlives the program where the oracle runs it again)
    codecs.unregister(search)

print("-- 'U' mode")
path = "codecs_bom_buffers_wrapping.tmp"
with open(path, "w") as f:
    f.write("a\r\nb\n")
try:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for mode in ["U", "rU", "Ub", "rb"]:
            with open(path, mode) as f:
                print(mode, repr(f.read()), f.mode)
        with io.open(path, "U") as f:
            print("io.open", repr(f.read()))
        with codecs.open(path, "U", encoding="utf-8") as f:
            print("codecs.open", repr(f.read()))
        for x in w:
            print(x.category.__name__, x.message, os.path.basename(x.filename))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        for mode in ["Uw", "Ua", "U+", "Ux"]:
            print(mode, attempt(open, path, mode))
        print("warnings:", len(w))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        print(attempt(open, path, "U"))
finally:
    os.remove(path)
