# A decoding error handler may replace the exception's object: the decoder goes on in the new
# bytes, the returned position being theirs (unicode_decode_call_errorhandler); anything but bytes
# is a TypeError.
import codecs
def replace_with_long(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b"\x00" * 8
        return ('\ufffd', exc.start)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.replace_with_long", replace_with_long)
for enc in ('utf-16', 'utf-32', 'utf-16-be', 'utf-32-le'):
    print(enc, ascii(b'\x00'.decode(enc, 'test.replace_with_long')))
def shorter(exc):
    exc.object = b"ab"
    return ('<%d>' % exc.start, 1)
codecs.register_error("test.shorter", shorter)
for data, enc in ((b'x\xffyz', 'ascii'), (b'x\xc3z', 'utf-8'), (b'x\x81zz', 'cp1252')):
    print(enc, ascii(data.decode(enc, 'test.shorter')))
def bad(exc):
    exc.object = 'text'
    return ('', exc.end)
codecs.register_error("test.bad", bad)
try:
    b'\xff'.decode('ascii', 'test.bad')
except Exception as e:
    print(type(e).__name__, e)
def far(exc):
    exc.object = b"ab"
    return ('', 5)
codecs.register_error("test.far", far)
try:
    b'\xffxxxxxx'.decode('ascii', 'test.far')
except Exception as e:
    print(type(e).__name__, e)
baddata = [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8",  b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
           ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g")]
def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("test.replacing", replacing)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("test.mutating", mutating)
for encoding, data in baddata:
    try:
        data.decode(encoding, "test.replacing")
    except TypeError as e:
        print(encoding, e)
    print(encoding, ascii(data.decode(encoding, "test.mutating")))
