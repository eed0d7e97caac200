# json: dumps options (indent, sort_keys, separators, ensure_ascii, default), loads of all types, errors with positions.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"x": [1, {"y": 2}]}, "é": "ü😀"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=True))
print(json.dumps([1.0, 1e20, 1e-7, float("inf"), -float("inf"), float("nan"), 2 ** 70, -0.0]), json.dumps("\n\t\"\\/"), json.dumps((1, 2)))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "null key"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent="\t"), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=1))
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps({"p": P(5)}, default=lambda o: {"P": o.x}))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: json.dumps(P(1))), err(lambda: json.dumps({(1, 2): 3})), err(lambda: json.dumps(float("nan"), allow_nan=False)))
l = []
l.append(l)
print(err(lambda: json.dumps(l)))
print(json.loads('{"a": [1, 2.5, "s", true, false, null], "b": {"c": -1e3}}'), json.loads("123"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("NaN"), json.loads(" [ ] "))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.0"), type(json.loads("1")).__name__, json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=str))
for bad in ["", "{", '{"a" 1}', "[1,]", "{'a': 1}", "tru", '"unterminated', "[1] x", '{"a": 01}', "\"\\x\""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.JSONDecodeError.__mro__[1].__name__, err(lambda: json.loads(b'{"bytes": 1}')), err(lambda: json.loads(5)))
