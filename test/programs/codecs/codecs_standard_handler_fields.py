# The standard error handlers called directly read the exception as Python/codecs.c does: the
# object must be a str (bytes for decoding), start and end are clamped into it, a handler given a
# kind of error it does not take raises TypeError, surrogatepass reads utf-16le/utf_32BE/CP_UTF8
# names, and backslashreplace keeps a false surrogate pair as two code points.
import codecs

class BadObject(UnicodeEncodeError):
    def __init__(self):
        UnicodeEncodeError.__init__(self, "ascii", "", 0, 1, "bad")
        self.object = []

class BadStart(UnicodeEncodeError):
    def __init__(self):
        UnicodeEncodeError.__init__(self, "ascii", "", 0, 1, "bad")
        self.start = []

class BadDecodeObject(UnicodeDecodeError):
    def __init__(self):
        UnicodeDecodeError.__init__(self, "ascii", b"", 0, 1, "bad")
        self.object = "text"

names = ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
try:
    BadStart()
except TypeError as e:
    print("start:", e)
e = UnicodeEncodeError("ascii", "abc", 0, 1, "x")
for v in (True, 2**70, 1.5, None):
    try:
        e.end = v
        print(e.end)
    except (TypeError, OverflowError) as ex:
        print(type(ex).__name__, ex)
try:
    del e.start
except TypeError as ex:
    print(ex)
excs = [BadObject(), BadDecodeObject(), UnicodeError("ouch"), 42,
        UnicodeTranslateError("\ud800", 0, 1, "ouch"), UnicodeTranslateError("abc", -5, 10, "x"),
        UnicodeEncodeError("ascii", "abc", -5, 10, "x"), UnicodeDecodeError("ascii", b"\xff\xfe", 1, 7, "x"),
        UnicodeEncodeError("ascii", "a\ud800\udfffb", 1, 3, "ouch"), UnicodeEncodeError("ascii", "a\udcff\udc80", 1, 3, "ouch")]
for name in names:
    h = codecs.lookup_error(name)
    for e in excs:
        try:
            print(name, ascii(h(e)))
        except Exception as ex:
            print(name, type(ex).__name__, ex)

# an empty object leaves start at -1
for name in ("ignore", "replace"):
    for e in (UnicodeEncodeError("ascii", "", 0, 0, "x"), UnicodeDecodeError("ascii", b"", 3, 3, "x"), UnicodeTranslateError("", 2, 2, "x")):
        print(name, ascii(codecs.lookup_error(name)(e)))

for enc in ["utf-16le", "utf_32BE", "UTF16", "utf8", "CP_UTF8", "cp_utf8", "utf-16-", "utf-16lee", "utf-32_le", "utf16_be"]:
    try:
        print(enc, ascii(codecs.lookup_error("surrogatepass")(UnicodeEncodeError(enc, "a\ud800", 1, 2, "ouch"))))
    except Exception as ex:
        print(enc, type(ex).__name__, ex)
    try:
        data = "\ud800".encode("utf-16-le" if "16" in enc else "utf-8", "surrogatepass")
        print(enc, ascii(codecs.lookup_error("surrogatepass")(UnicodeDecodeError(enc, data, 0, 1, "ouch"))))
    except Exception as ex:
        print(enc, type(ex).__name__, ex)
e = UnicodeEncodeError("ascii", "x", 0, 1, "r")
e.encoding = 5
try:
    codecs.lookup_error("surrogatepass")(e)
except TypeError as ex:
    print(ex)
