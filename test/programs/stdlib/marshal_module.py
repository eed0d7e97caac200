# marshal: dumps/loads round trips, the version-2 byte format (no back-references), and errors.
import marshal
values = [None, True, False, 0, 1, -1, 2 ** 31, 2 ** 100, -(2 ** 65), 1.5, -0.0, float("inf"), 1 + 2j, "", "text", "é😀",
          b"bytes", (), (1, "a"), [1, [2]], {"k": [1]}, {1, 2}, frozenset({3}), Ellipsis, StopIteration]
for v in values:
    try:
        data = marshal.dumps(v, 2)
        back = marshal.loads(data)
        same = back == v or (v != v)
        print(repr(v)[:30], data, same, type(back).__name__)
    except ValueError as e:
        print(repr(v)[:30], "ValueError:", e)
for version in range(5):
    print(version, marshal.loads(marshal.dumps(("x", 1, 2.5), version)), len(marshal.dumps([1, 2, 3], version)))
print(marshal.version)
code = compile("a = 1 + 2\nb = a * 3\n", "<marshalled>", "exec")
back = marshal.loads(marshal.dumps(code))
ns = {}
exec(back, ns)
print(back.co_filename, back.co_consts, ns["b"], back == code)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: marshal.loads(b"")))
print(err(lambda: marshal.loads(b"\xff")))
print(err(lambda: marshal.loads(b"i\x01\x00")))
print(err(lambda: marshal.dumps(object())))
print(err(lambda: marshal.dumps(lambda: 0)))
print(err(lambda: marshal.loads("str")))
print(marshal.loads(b"i\x2a\x00\x00\x00trailing ignored"), marshal.loads(b"N"), marshal.loads(b"T"), marshal.loads(b"(\x02\x00\x00\x00i\x01\x00\x00\x00N"))
