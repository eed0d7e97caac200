# Found by tools/fuzz-oracle/dis_marshal.py: marshal.loads and marshal.load take exactly one
# positional argument, the version is a C int, and a str that is not UTF-8 fails with a full
# UnicodeDecodeError.
import io
import marshal


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e, e.args)


class Two:
    def __index__(self):
        return 2


show(marshal.loads, b"N", 1)
show(marshal.loads)
show(marshal.loads, b=1)
show(marshal.load)
show(marshal.load, io.BytesIO(b"N"), 1)
show(marshal.load, file=io.BytesIO(b"N"))
for v in [2**40, 2**31, -2**31 - 1, 2**31 - 1, 1.5, "2", None, True, Two()]:
    # (the value read back: from version 3 the bytes depend on reference counts)
    show(lambda: marshal.loads(marshal.dumps([1, (2,)], v)))
show(marshal.dumps, 1, version=2)
show(marshal.dump, 1, io.BytesIO(), 2**40)
for data in [b"t\x01\x00\x00\x00\x80", b"u\x02\x00\x00\x00\xc3(", b"a\x03\x00\x00\x00\xe2\x82a", b"z\x01\xff"]:
    try:
        marshal.loads(data)
    except UnicodeDecodeError as e:
        print(str(e), e.args, e.start, e.end)

# w_object records an error and writes on: the error reported is the last one met.
rec = {}
rec["s"] = rec
deep = [1]
deep.append(deep)
for value in [(slice(1, 2), rec), (rec, slice(1, 2)), (int, deep, "x"), [object(), [1, [2, len]]], frozenset([1]) | {2}, {1: print}, (deep, deep)]:
    for version in (0, 1, 2, 3, 4):
        show(marshal.dumps, value, version)
