# pyexpat's encodings: the one given to ParserCreate (UTF-16 with and without a byte order mark,
# UTF-16LE, ISO-8859-1 by both names, US-ASCII, one-byte Python codecs, refused multi-byte and unknown
# codecs), the XML declaration's, mismatches, a BOM, and str input overriding a given encoding.
import pyexpat
def run(data, final_parts=1, **kw):
    p = pyexpat.ParserCreate(**kw)
    out = []
    p.CharacterDataHandler = lambda d: out.append(d)
    p.StartElementHandler = lambda n, a: out.append((n, a))
    p.XmlDeclHandler = lambda *a: out.append(('decl',) + a)
    try:
        p.Parse(data, True)
        print(kw, out, p.CurrentByteIndex, p.CurrentColumnNumber)
    except Exception as e:
        print(kw, out, type(e).__name__, e)
run('<a>\xe9</a>'.encode('utf-16'), encoding='UTF-16')
run('<a>\xe9</a>'.encode('utf-16-be'), encoding='UTF-16')
run('<a>\xe9</a>'.encode('utf-16-le'), encoding='UTF-16LE')
run('<a>\xe9</a>'.encode('utf-16-le'), encoding='utf-16')
run('<a>\xe9</a>'.encode('latin-1'), encoding='latin-1')
run('<a>\xe9</a>'.encode('latin-1'), encoding='ISO-8859-1')
run('<a>\xe9</a>'.encode('latin-1'), encoding='us-ascii')
run('<a>\u20ac</a>'.encode('cp1252'), encoding='cp1252')
run('<a>x</a>'.encode('utf-32'), encoding='utf-32')
run(b'<a>x</a>', encoding='bogus')
run('<?xml version="1.0" encoding="latin-1"?><a x="\xe9">\xe9</a>'.encode('latin-1'))
run('<?xml version="1.0" encoding="UTF-16"?><a>\U0001F600</a>'.encode('utf-16'))
run('<?xml version="1.0" encoding="utf-8"?><a>\xe9</a>'.encode('utf-16'))
run('<?xml version="1.0"?><a>\xe9</a>'.encode('utf-16-le'))
run('\ufeff<?xml version="1.0" encoding="utf-8"?><a>\xe9</a>'.encode('utf-8'))
run('<a>\xe9</a>', encoding='latin-1')
for text in ['<a>\ud800</a>', '<a>x\U0001F600\ud83d\ude00y</a>']:
    try:
        pyexpat.ParserCreate().Parse(text, True)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end)
