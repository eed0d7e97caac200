# Which exception classes own which fields: StopAsyncIteration has no value; the Unicode fields
# belong to UnicodeEncodeError/DecodeError/TranslateError, not to UnicodeError.
for t in (StopIteration, StopAsyncIteration, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError):
    print(t.__name__, sorted(k for k in vars(t) if not k.startswith("__")))
for e in (StopAsyncIteration(1), UnicodeError("x")):
    for attr in ("value", "encoding", "start"):
        try:
            print(type(e).__name__, attr, getattr(e, attr))
        except AttributeError as err:
            print(type(e).__name__, attr, "AttributeError", err)
d = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(d.encoding, d.object, d.start, d.end, d.reason, str(d))
d.start = 0
d.reason = "worse"
print(str(d))
try:
    b"\xff".decode()
except UnicodeDecodeError as err:
    print(err.encoding, err.start, err.end, err.reason)
t = UnicodeTranslateError("abc", 1, 2, "nope")
print(t.object, t.start, t.end, t.reason, str(t))
print(type(UnicodeDecodeError.__dict__["encoding"]).__name__, UnicodeDecodeError.__dict__["encoding"].__doc__)
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError, 1, 2))), repr(str(UnicodeDecodeError.__new__(UnicodeDecodeError))), repr(str(UnicodeTranslateError.__new__(UnicodeTranslateError, 3))))
