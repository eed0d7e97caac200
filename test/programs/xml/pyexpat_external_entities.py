# External entities through pyexpat's ExternalEntityParserCreate: parsed general entities (content,
# text declarations, unbalanced ones), namespace contexts, UseForeignDTD, an external DTD subset and
# external parameter entities with SetParamEntityParsing, and xml.sax reading external entities.
import pyexpat
def run(doc, ext_texts, ns=None, foreign=False, pep=0):
    p = pyexpat.ParserCreate(namespace_separator=ns)
    if pep: print('SetParamEntityParsing', p.SetParamEntityParsing(pep))
    if foreign: p.UseForeignDTD(True)
    def ext(context, base, sysid, pubid):
        # (expat orders a namespace context's bindings by a salted hash: print them sorted)
        shown = context if context is None else sorted(context.split('\x0c'))
        print('ext', shown, base, sysid, pubid, p.CurrentLineNumber, p.CurrentColumnNumber)
        sub = p.ExternalEntityParserCreate(context)
        print('  sub attrs', sub.buffer_text, sub.ordered_attributes, sub.StartElementHandler is p.StartElementHandler, sub.intern is p.intern)
        try:
            r = sub.Parse(ext_texts.get(sysid, b''), True)
            print('  sub ok', r, sub.CurrentLineNumber, sub.CurrentColumnNumber)
        except pyexpat.ExpatError as e:
            print('  sub err', e, e.code)
            return 0
        return 1
    p.ExternalEntityRefHandler = ext
    p.StartElementHandler = lambda n, a: print('start', n, a, p.CurrentLineNumber, p.CurrentColumnNumber)
    p.EndElementHandler = lambda n: print('end', n)
    p.CharacterDataHandler = lambda d: print('data', repr(d))
    p.EntityDeclHandler = lambda *a: print('entity', a)
    p.ElementDeclHandler = lambda *a: print('elementdecl', a)
    p.SkippedEntityHandler = lambda *a: print('skipped', a)
    p.CommentHandler = lambda *a: print('comment', a)
    try:
        print('result', p.Parse(doc, True))
    except pyexpat.ExpatError as e:
        print('err', e, e.code)
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;y</a>', {'e.xml': b'<?xml encoding="utf-8"?>text <b c="1">in</b> more\n<!--c--> tail'})
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;y</a>', {'e.xml': b'<?xml version="1.0"?>text'})
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;y</a>', {'e.xml': b'<b>unclosed'})
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>x&e;y</a>', {'e.xml': b'</a>'})
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml"><!ENTITY i "int">]><a>&e;</a>', {'e.xml': b'&i;<c/>'})
run(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a xmlns="urn:d" xmlns:p="urn:p">&e;</a>', {'e.xml': b'<p:b/><c/>'}, ns=' ')
run(b'<a>&x;</a>', {None: b'<!ELEMENT a (#PCDATA)><!ENTITY x "from foreign"><!-- dtd c -->'}, foreign=True, pep=pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
run(b'<a>&x;</a>', {None: b''}, foreign=True)
run(b'<!DOCTYPE a SYSTEM "ext.dtd"><a>&x;</a>', {'ext.dtd': b'<!ENTITY x "ext dtd">'}, pep=pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
run(b'<!DOCTYPE a SYSTEM "ext.dtd"><a>&x;</a>', {'ext.dtd': b'<!ENTITY x "ext dtd">'}, pep=pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
run(b'<!DOCTYPE a [<!ENTITY % pe SYSTEM "pe.ent">%pe;]><a>&y;</a>', {'pe.ent': b'<!ENTITY y "via pe">'}, pep=pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)

import io
import xml.sax
import xml.sax.handler
import xml.sax.xmlreader


class Resolver(xml.sax.handler.EntityResolver):
    def resolveEntity(self, publicId, systemId):
        print("resolve", publicId, systemId)
        src = xml.sax.xmlreader.InputSource(systemId)
        src.setByteStream(io.BytesIO({"chap.xml": b"<chapter>Chapter &amp; verse</chapter>"}[systemId]))
        return src


class Content(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs):
        print("sax start", name)

    def characters(self, text):
        print("sax chars", repr(text))


reader = xml.sax.make_parser()
reader.setFeature(xml.sax.handler.feature_external_ges, True)
reader.setEntityResolver(Resolver())
reader.setContentHandler(Content())
reader.parse(io.BytesIO(b'<!DOCTYPE book [<!ENTITY chap SYSTEM "chap.xml">]><book>&chap;</book>'))

# exponential entity expansion ("billion laughs") stops at expat's amplification limit
lol = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + ''.join(
    '<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10)) + ']><lolz>&lol9;</lolz>'
try:
    pyexpat.ParserCreate().Parse(lol, True)
except pyexpat.ExpatError as e:
    print("ExpatError", e, e.code)
