# The C scanner: hooks that decode JSON themselves while a document is being decoded, numbers
# at the int/float edges, strings with and without escapes, object keys memoized per scan.
import json

inner = []


def hook(d):
    # a nested decode from inside the scanner must not disturb where the outer one is
    inner.append(json.loads('[1, {"deep": [2, 3]}, "x"]'))
    return {"hooked": sorted(d)}


doc = '{"a": {"b": 1, "c": [1, 2, {"d": null}]}, "e": [true, false], "f": "g"}'
print(json.loads(doc, object_hook=hook))
print(len(inner), inner[0])
print(json.loads(doc, object_pairs_hook=lambda pairs: ("P", pairs)))
print(json.loads("[-0, 0, -1, 9007199254740993, -123456789012345678901, 1.0, -0.0, 1e5, 1E-5, 2e308]"))
print(json.loads("[123456789012345, -12345678901234, 1234567890123456]"))
print(json.loads("[1.5, 7]", parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s)))
print(json.loads('["plain", "tab\\there", "\\u00e9\\ud83d\\ude00", "\\ud800", "q\\"uote", ""]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "const " + s))
for bad in ['[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '"abc', '"\\x"', '[nul]', '{1: 2}', '-', '01', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as err:
        print(repr(bad), "->", err)
d = json.loads('[{"key": 1}, {"key": 2}, {"\\ud800x": 3}, {"\\ud800x": 4}]')
k1, k2 = [next(iter(o)) for o in d[2:]]
print(k1 == k2, k1 is k2)
print(json.decoder.scanstring('"abc\\n" tail', 1), json.decoder.scanstring('xx"é"', 3))
print(json.JSONDecoder().raw_decode('  [1, 2] trailing'[2:]))
