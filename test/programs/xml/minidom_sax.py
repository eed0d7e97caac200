# xml.dom.minidom (expatbuilder) and xml.sax (expatreader) over pyexpat: parseString, toxml,
# toprettyxml, the DOM's namespaces and doctype, SAX handlers with namespaces and locators,
# and the errors both report.
import io
import xml.dom.minidom as minidom
import xml.sax
import xml.sax.handler
from xml.sax.saxutils import XMLGenerator

doc = """<?xml version="1.0"?>
<!DOCTYPE note [
  <!ENTITY sig "-- the team">
  <!ATTLIST note lang CDATA "en">
]>
<note xmlns:h="http://www.w3.org/TR/html4/" id="n1">
  <to>Tove</to>
  <from>Jani</from>
  <h:table><h:tr><h:td>Apples</h:td></h:tr></h:table>
  <body>Don't forget me this weekend! &sig;</body>
  <!-- a comment -->
  <?app instruction?>
  <![CDATA[<not> a tag]]>
</note>"""

dom = minidom.parseString(doc)
print(dom.documentElement.tagName, dom.documentElement.getAttribute("lang"), dom.documentElement.getAttribute("id"))
print(dom.doctype.name, repr(dom.doctype.internalSubset))
ents = [dom.doctype.entities.item(i) for i in range(dom.doctype.entities.length)]
print([(e.nodeName, e.systemId, [c.data for c in e.childNodes]) for e in ents])
print(dom.toxml())
print(dom.documentElement.toprettyxml(indent="  "))
for td in dom.getElementsByTagNameNS("http://www.w3.org/TR/html4/", "td"):
    print(td.namespaceURI, td.prefix, td.localName, td.firstChild.data)
body = dom.getElementsByTagName("body")[0]
print([n.nodeType for n in body.childNodes], body.firstChild.data)
print([(n.nodeType, n.nodeName) for n in dom.documentElement.childNodes])

small = minidom.parseString(b"<a><b x='1'>t</b><c/></a>")
print(small.toprettyxml())
print(small.toprettyxml(indent="\t", newl="\n", encoding="utf-8"))
print(minidom.parse(io.BytesIO("<?xml version='1.0' encoding='latin-1'?><z>\xe9t\xe9</z>".encode("latin-1"))).documentElement.firstChild.data)

for bad in ["<a><b></a>", "<a>", "<a/>x", "<a b='1' b='2'/>"]:
    try:
        minidom.parseString(bad)
    except Exception as e:
        print(type(e).__name__, e, e.code, e.lineno, e.offset)


class Handler(xml.sax.handler.ContentHandler):
    def setDocumentLocator(self, locator):
        self.loc = locator

    def startDocument(self):
        print("startDocument")

    def endDocument(self):
        print("endDocument")

    def startPrefixMapping(self, prefix, uri):
        print("startPrefixMapping", prefix, uri)

    def endPrefixMapping(self, prefix):
        print("endPrefixMapping", prefix)

    def startElement(self, name, attrs):
        loc = getattr(self, "loc", None)
        print("startElement", name, sorted(attrs.items()), loc and (loc.getLineNumber(), loc.getColumnNumber()))

    def endElement(self, name):
        print("endElement", name)

    def startElementNS(self, name, qname, attrs):
        print("startElementNS", name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames(), key=str))

    def endElementNS(self, name, qname):
        print("endElementNS", name, qname)

    def characters(self, content):
        print("characters", repr(content))

    def ignorableWhitespace(self, ws):
        print("ignorable", repr(ws))

    def processingInstruction(self, target, data):
        print("pi", target, data)


xml.sax.parseString(b"<r a='1'>\n <s>text &amp; more</s><?p d?><t b='2'/>\n</r>", Handler())

p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(Handler())
p.parse(io.BytesIO(b'<x:r xmlns:x="urn:x" xmlns="urn:d" x:a="1" b="2"><c/></x:r>'))

out = io.StringIO()
xml.sax.parseString(b"<doc><p class='c'>Hi &lt;there&gt;</p><br/></doc>", XMLGenerator(out))
print(out.getvalue())


class Errs(xml.sax.handler.ErrorHandler):
    pass


for bad in [b"<a>", b"<a></b>", b"", b"<a>&nope;</a>"]:
    try:
        xml.sax.parseString(bad, xml.sax.handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber(), e.getMessage())

# incremental feeding
ip = xml.sax.make_parser()
ip.setContentHandler(Handler())
for chunk in [b"<a>", b"x", b"y</a", b">"]:
    ip.feed(chunk)
ip.close()
