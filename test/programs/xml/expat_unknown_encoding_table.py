# An XML declaration naming a codec expat does not know: pyexpat's table of the 256 bytes (U+FFFD: invalid),
# refused by expat ('unknown encoding') when a byte stands for an XML-significant ASCII character other
# than itself (cp864's % is U+066A) or for one past U+FFFF; multi-byte codecs are a ValueError.


import xml.etree.ElementTree as ET
def bxml(encoding):
    return ("<?xml version='1.0' encoding='%s'?><xml />" % encoding).encode(encoding)
for encoding in ['big5', 'big5hkscs', 'cp932', 'cp949', 'cp950', 'euc-jp', 'euc-jis-2004', 'euc-jisx0213', 'euc-kr', 'gb2312', 'gbk', 'gb18030', 'iso2022-kr', 'johab', 'shift-jis', 'shift-jis-2004', 'shift-jisx0213', 'utf-7', 'cp037', 'cp424', 'cp500', 'cp864', 'cp875', 'cp1026', 'cp1140', 'utf_32', 'utf_32_be', 'utf_32_le', 'hz', 'iso2022-jp', 'cp720', 'kz1048', 'utf-16', 'utf-8-sig']:
    try:
        e = ET.XML(bxml(encoding)); print(encoding, "ok", e.tag)
    except Exception as ex:
        print(encoding, type(ex).__name__, str(ex)[:80])
for enc in ['undefined', 'xxx']:
    try: ET.XML(("<?xml version='1.0' encoding='%s'?><xml />" % enc).encode('ascii'))
    except Exception as ex: print(enc, type(ex).__name__, str(ex)[:80])
import codecs, xml.parsers.expat as expat
state = {}
# (names of this run's own, and a search function that needs no module global: an interpreter reused
# for another run keeps this run's search function registered, with its module's globals cleared)
token = 'tst%x' % id(state)
def make_search(token, state, codecs):
    def search(name):
        if not name.startswith(token): return None
        table = state['table']
        def dec(b, errors='strict'):
            return codecs.charmap_decode(b, errors, table)
        def enc(s, errors='strict'):
            return codecs.charmap_encode(s, errors, codecs.charmap_build(table))
        return codecs.CodecInfo(enc, dec, name=name)
    return search
search = make_search(token, state, codecs)
codecs.register(search)
base = ''.join(chr(i) for i in range(256))
def accepted(table):
    state['table'] = table
    p = expat.ParserCreate()
    try:
        p.Parse(b"<?xml version='1.0' encoding='%s_%d'?><a/>" % (token.encode(), len(state)), True)
        return "ok"
    except expat.ExpatError as e:
        return str(e).split(':')[0]
    except Exception as e:
        return type(e).__name__
    finally:
        state[len(state)] = 1
bad = []
for i in range(128):
    t = base[:i] + '\u0e01' + base[i+1:]
    r = accepted(t)
    if r != "ok": bad.append(i)
print("ascii remap rejected:", bad)
res = {}
for c in [0x24, 0x25, 0x41, 0x5c, 0x3c, 0x7f, 0x00, 0x09, 0x0a, 0x20, 0xfffe, 0xffff, 0x10000, 0xd800, 0x1]:
    t = base[:0xa0] + chr(c) + base[0xa1:]
    res[hex(c)] = accepted(t)
print(res)
t = base[:0xa0] + '\ufffd' + base[0xa1:]
print("fffd", accepted(t))
