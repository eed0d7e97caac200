# exit: 1
# KeyError str/repr for different key types, then an uncaught KeyError with a tuple key.
def err(f):
    try:
        return f()
    except KeyError as e:
        return f"KeyError str={str(e)!s} repr={e!r} args={e.args}"
d = {}
for key in ["s", 1, 1.5, None, (1, 2), (), "", "multi\nline", frozenset({1})]:
    print(err(lambda: d[key]))
print(str(KeyError()), str(KeyError("a", "b")), repr(KeyError("x")))
d[(1,)]
