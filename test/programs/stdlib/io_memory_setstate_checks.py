# BytesIO/StringIO.__setstate__ check their state tuple as CPython's: the position must be an int
# itself (a subclass or bool too, not any __index__ object) and not negative, the dict None or a
# dict, which is merged into the instance's own; a closed object refuses (StringIO before looking
# at the tuple, BytesIO when its value is written back); StringIO's value and newline go through
# __init__'s checks, but the value is kept untranslated.
import io


def attempt(label, method, state):
    try:
        method(state)
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class MyInt(int):
    pass


class Index:
    def __index__(self):
        return 1

    def __repr__(self):
        return "Index()"


memio = io.BytesIO()
for state in [(b"", 0, 0), (b"", 0, []), (b"", -1, None), (b"", 0.0, None), (b"", Index(), None), ("u", 0, None),
              (b"x", 0), 0, (b"x", 2**70, None), (b"four", 1, None, "extra")]:
    attempt(repr(state), memio.__setstate__, state)
memio.x = 1
memio.__setstate__((b"abc", True, {"y": 2}))
print("BytesIO:", memio.__dict__, memio.tell(), memio.read())
memio.__setstate__((b"abc", MyInt(2), None))
print("BytesIO:", memio.tell(), memio.__dict__)
view = memio.getbuffer()
attempt("exported", memio.__setstate__, (b"x", 0, None))
view.release()
memio.close()
attempt("closed, not a tuple", memio.__setstate__, 0)
attempt("closed", memio.__setstate__, ("not bytes", 0, None))

text = io.StringIO()
for state in [("", "", -1, None), ("", "", 0, 0), ("", "", 0, []), ("", "f", 0, None), (b"", "", 0, None), ("", b"", 0, None),
              ("", "", 0.0, None), ("", "", Index(), None), ("ab", "\n", 2**70, None), ("five", None, 9, None, "extra")]:
    attempt(repr(state), text.__setstate__, state)
text.x = 1
text.__setstate__(("a\r\nb", None, True, {"y": 2}))
print("StringIO:", text.__dict__, text.tell(), repr(text.getvalue()), text.newlines)
text.__setstate__(("abc", "\n", MyInt(2), None))
print("StringIO:", text.tell(), text.read())
text.close()
attempt("closed, not a tuple", text.__setstate__, 0)
print("still closed:", text.closed)
