# CJK codecs, incrementally: encoders and decoders fed one character or byte at a time (sequences
# split across calls, the ISO-2022 and HZ shift states, JIS X 0213's pending combining pairs),
# final=True at the end, getstate/setstate/reset, the errors attribute, and the stream reader and
# writer over BytesIO.
import codecs, io
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
TEXT = "a\u4e00\u4e9c\n\u304b\u309a\u304bb\uac00\u00e9\u6f22~c"
for name in ["gbk", "gb18030", "big5hkscs", "cp932", "euc_jis_2004", "shift_jis_2004", "euc_kr", "johab", "hz",
             "iso2022_jp", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_kr"]:
    full = TEXT.encode(name, "replace")
    enc = codecs.getincrementalencoder(name)("replace")
    parts = []
    for ch in TEXT:
        parts.append(enc.encode(ch))
        parts.append(enc.getstate())
    parts.append(enc.encode("", final=True))
    print(name, full, parts)
    print("  joined", b"".join(p for p in parts if isinstance(p, bytes)) == full, enc.getstate(), enc.errors)
    dec = codecs.getincrementaldecoder(name)()
    out = []
    for i in range(len(full)):
        out.append(dec.decode(full[i:i + 1]))
        out.append(dec.getstate())
    out.append(dec.decode(b"", final=True))
    print("  ", out)
    dec.reset()
    print("  reset", dec.getstate(), err(lambda: dec.decode(full[:1] + b"\x81\xff", final=True)))
    dec.reset()
    state = dec.getstate()
    dec.decode(full[:3])
    saved = dec.getstate()
    rest1 = dec.decode(full[3:], final=True)
    dec.setstate(saved)
    print("  setstate", state, saved, rest1 == dec.decode(full[3:], final=True))
    enc.reset()
    enc.encode(TEXT[:5])
    s = enc.getstate()
    a = enc.encode(TEXT[5:], final=True)
    enc.setstate(s)
    print("  enc setstate", s, a == enc.encode(TEXT[5:], final=True))
    stream = io.BytesIO()
    w = codecs.getwriter(name)(stream, "replace")
    for ch in TEXT:
        w.write(ch)
    w.writelines(["x", "\u4e00"])
    w.reset()
    print("  writer", stream.getvalue(), w.errors, type(w.stream).__name__)
    stream.seek(0)
    r = codecs.getreader(name)(stream)
    print("  reader", r.read(3), r.readline(), r.read())
    stream.seek(0)
    print("  readlines", codecs.getreader(name)(stream).readlines())
    stream.seek(0)
    print("  read all", codecs.getreader(name)(stream).read(), err(lambda: codecs.getreader(name)(io.BytesIO(full[:-1] + b"\x81")).read()))
e = codecs.getincrementalencoder("gbk")()
e.errors = "ignore"
print(e.errors, e.encode("\u20aca"), err(lambda: setattr(e, "errors", 3)))
d = codecs.getincrementaldecoder("gbk")("replace")
print(d.errors, d.decode(b"\xd2"), d.getstate(), d.decode(b"\xbb\xff"), d.decode(b"\x81", True))
print(err(lambda: d.setstate((b"123456789", 0))), err(lambda: d.setstate(1)))
raw = io.BytesIO()
f = io.TextIOWrapper(raw, encoding="euc_jp")
f.write("\u6f22\u5b57\nline2\n")
f.flush()
print(raw.getvalue())
raw.seek(0)
print(io.TextIOWrapper(raw, encoding="iso2022_jp").readlines() if False else io.TextIOWrapper(io.BytesIO(raw.getvalue()), encoding="euc_jp").readlines())
t = io.TextIOWrapper(io.BytesIO("\u6f22a\n\u5b57b\n".encode("iso2022_jp")), encoding="iso2022_jp")
print(t.readline(), t.tell(), t.readline(), t.read())
