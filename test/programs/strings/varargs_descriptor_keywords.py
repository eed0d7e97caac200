# The METH_VARARGS methods of str, bytes and bytearray (find, rfind, index, rindex, count,
# startswith, endswith) refuse keywords under their qualified name when called through the
# descriptor ("str.find() takes no keyword arguments", method_vectorcall_VARARGS), and under their
# bare name when bound ("find() takes no keyword arguments", cfunction_call). METH_O and
# METH_NOARGS methods say "list.append()" either way.
import functools


class S(str):
    pass


tests = [lambda: str.startswith("abc", "a", x=1), lambda: str.endswith("abc", "a", x=1), lambda: list.append([], 1, x=1), lambda: str.find("a", "b", x=1),
         lambda: str.count("a", "b", x=1), lambda: bytes.startswith(b"a", b"a", x=1), lambda: str.index("a", "a", x=1), lambda: dict.get({}, 1, x=1),
         lambda: str.rindex("a", "a", x=1), lambda: bytearray.startswith(bytearray(), b"", x=1), lambda: bytes.rfind(b"a", b"b", x=1),
         lambda: str.rfind("a", "b", x=1), lambda: list.index([1], 1, x=1), lambda: S.find(S("a"), "a", x=1), lambda: str.find(S("a"), "a", x=1),
         lambda: functools.partial(str.count, "aa")("a", x=1), lambda: list(map(functools.partial(bytes.find, sub=b"a"), [b"ab"])),
         lambda: str.find(x=1), lambda: str.find(1, "a", x=1), lambda: str.find("a", x=1),
         lambda: "abc".find("a", x=1), lambda: [].append(1, x=1), lambda: "a".count("b", x=1), lambda: {}.get(1, x=1), lambda: S("a").endswith("a", x=1),
         lambda: b"a".index(b"a", y=2), lambda: getattr("abc", "startswith")("a", x=1), lambda: str.find("abc", "c")]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print(e)


def hot(s):
    try:
        return str.startswith(s, "a", x=1)
    except TypeError as e:
        return str(e)


print({hot("abc") for _ in range(300)})
