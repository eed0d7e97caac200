# The C encoder's output mixes ASCII parts with non-ASCII ones (ensure_ascii=False), lone
# surrogates, astral characters and str subclasses; the joins every 100,000 parts must keep every
# character and their order whatever kind of part comes first or switches midway.
import json
import json.encoder as enc


def make(encoder, **kw):
    o = dict(markers={}, default=lambda o: repr(o), encoder=encoder,
             indent=None, key_separator=": ", item_separator=", ", sort_keys=False, skipkeys=False, allow_nan=True)
    o.update(kw)
    return enc.c_make_encoder(*o.values())


plain = make(enc.encode_basestring)
ascii_ = make(enc.encode_basestring_ascii)
values = ["abc", "caf\u00e9", "\u20ac5", "\U0001f600", "\ud800", "\udc00x", "\ud83d\ude00", "", "tab\there", "q\"b\\"]
for v in values:
    print(ascii(plain([v, 1, v], 0)), ascii(ascii_({v: v}, 0)))

# a high surrogate ending one part and a low one starting the next stay two code points
print(ascii(plain(["\ud83d", "\ude00"], 0)), len(plain(["\ud83d", "\ude00"], 0)[0]))
print(json.dumps(["\ud83d", "\ude00"], ensure_ascii=False) == '["\ud83d", "\ude00"]')

# switching from ASCII to other parts and back, around the 100,000-part joins
for first in ("a", "\u00e9", "\u4e2d", "\ud800"):
    data = [first] + ["x%d" % i if i % 997 else "\u00fc%d" % i for i in range(60000)] + ["end\U0001f600"]
    out = plain(data, 0)
    print(len(out), [len(s) for s in out], ascii(out[0][:12]), ascii(out[-1][-12:]))
    print("".join(out) == json.dumps(data, ensure_ascii=False))
    out = ascii_(data, 0)
    print(len(out), [len(s) for s in out], "".join(out) == json.dumps(data))


class S(str):
    pass


print(ascii(json.dumps({S("k\u00e9y"): [S("v"), S("\ud800")]}, ensure_ascii=False)))
print(json.dumps({S("k\u00e9y"): [S("v"), S("\ud800")]}))
print(ascii(json.dumps({"nested": {"\u00e9": ["\u00e9" * 3, {"a": "\U0001f600" * 2}]}}, ensure_ascii=False, indent=2)))
print(len(json.dumps(["\u00e9" * 70000, "a" * 70000], ensure_ascii=False)), len(json.dumps(["\u00e9" * 70000, "a" * 70000])))
