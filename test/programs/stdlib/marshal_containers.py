# marshal with lists, dicts and sets: round trips in every version, shared and recursive containers (references from
# version 3), dump/load through a file object, and the errors for unmarshallable values.
import io, marshal
data = [[], [1, [2, [3]]], {"a": 1, "b": [2.5, None]}, {1, 2, 3}, frozenset({"x"}), (1, [2], {3: 4}), {(1, 2): frozenset({5})},
        [b"bytes", bytearray(b"ba"), "str", 2 ** 70, -1.5, 3j, True, None, ..., StopIteration]]
for v in data:
    print([marshal.loads(marshal.dumps(v, ver)) == v for ver in range(5)], marshal.dumps(v, 2)[:40])
shared = [1, 2]
outer = [shared, shared, {"k": shared}]
for ver in (2, 3, 4):
    back = marshal.loads(marshal.dumps(outer, ver))
    print(ver, back, back[0] is back[1], back[0] is back[2]["k"], len(marshal.dumps(outer, ver)))
rec = [1]
rec.append(rec)
back = marshal.loads(marshal.dumps(rec))
print(back[0], back[1] is back, len(marshal.dumps(rec)))
d = {}
d["self"] = d
print(marshal.loads(marshal.dumps(d))["self"]["self"] is not None)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: marshal.dumps(rec, 2)), err(lambda: marshal.dumps([object()])), err(lambda: marshal.dumps({1: int})))
class L(list):
    pass
print(err(lambda: marshal.dumps(L())), err(lambda: marshal.loads(b"[\x02\x00\x00\x00i\x01\x00\x00\x00")), err(lambda: marshal.loads(b"{[\x00\x00\x00\x00N0")))
f = io.BytesIO()
marshal.dump([1, 2], f)
marshal.dump({"x": (3,)}, f, 2)
marshal.dump("end", f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.load(f), err(lambda: marshal.load(f)), f.tell() == len(f.getvalue()))
print(marshal.loads(memoryview(marshal.dumps([7]))), marshal.loads(bytearray(marshal.dumps({8}))), marshal.version)
