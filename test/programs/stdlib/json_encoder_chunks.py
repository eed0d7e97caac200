# The C encoder's call returns its output joined every 100,000 parts (_PyAccu), not the parts;
# dict subclasses are read through items(), int and float subclasses through the base repr.
import json
import json.encoder as enc


def make(**kw):
    o = dict(markers={}, default=lambda o: {"obj": type(o).__name__}, encoder=enc.encode_basestring_ascii,
             indent=None, key_separator=":", item_separator=",", sort_keys=False, skipkeys=False, allow_nan=True)
    o.update(kw)
    return enc.c_make_encoder(*o.values())


e = make()
print(e([1, 2, {"a": [3, None, True]}], 0))
print(e("x\u00e9", 0), e(1.5, 0), e(-0.0, 0), e(2 ** 70, 0))
big = e(list(range(120000)), 0)
print(type(big).__name__, len(big), [len(x) for x in big])
print(len(e([[i] for i in range(60000)], 0)))


class I(int):
    def __repr__(self):
        return "I!"


class F(float):
    def __repr__(self):
        return "F!"


class D(dict):
    def items(self):
        print("items() asked")
        return [("k", "from items()")]


print(json.dumps([I(5), F(2.5), D(a=1), {I(7): F(0.5)}]))
print(json.dumps({3: "a", 1: "b", 2.5: "c", True: "d", None: "e"}, sort_keys=False))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [1e16, 1e-4, 9999999999999998.0, 1e-5, 0.1]}}, sort_keys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as err:
    print("ValueError:", err)
print(json.dumps(object(), default=lambda o: ["converted", 1]))
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as err:
    print("ValueError:", err)
print(make(encoder=lambda s: "<" + s + ">")({"k": ["v"]}, 0))
try:
    make(encoder=lambda s: 5)(["v"], 0)
except TypeError as err:
    print("TypeError:", err)
print(json.dumps({"\ud800": "\udc00x", "a\ud83d": "\ude00"}, ensure_ascii=False) == '{"\ud800": "\udc00x", "a\ud83d": "\ude00"}')
s = json.dumps(["\ud800", "\udc00"], ensure_ascii=False, separators=("", ""))
print(len(s), [hex(ord(c)) for c in s])
