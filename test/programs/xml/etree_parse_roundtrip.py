# ElementTree over pyexpat: fromstring/tostring round trips, namespaces, iterparse events,
# XMLPullParser fed in pieces, entities, encodings, and ParseError positions.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0" encoding="utf-8"?>
<!-- leading comment -->
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <book id="bk101" x:rating="5">
    <author>Gambardella, Matthew</author>
    <title>XML Developer&apos;s Guide</title>
    <price>44.95</price>
    <x:note>A &lt;classic&gt; &amp; more&#33; &#x263A;</x:note>
  </book>
  <book id="bk102"><author>Ralls, Kim</author><title>Midnight Rain</title><empty/></book>
  <![CDATA[raw <text> & stuff]]>
  <?render mode="fast"?>
</catalog>
"""

root = ET.fromstring(doc)
print(root.tag, sorted(root.attrib.items()))
for el in root.iter():
    print(repr(el.tag), sorted(el.attrib.items()), repr(el.text), repr(el.tail))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root))
ET.register_namespace("b", "urn:books")
print(ET.tostring(root, encoding="unicode", method="xml")[:200])
print([e.text for e in root.findall("{urn:books}book/{urn:books}title")])
print(root.find(".//{urn:extra}note").text)

# a tree with comments and PIs kept
parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
parser.feed("<r><!--c1--><?p1 data?><a>t</a><!-- c2 --></r>")
r2 = parser.close()
print(ET.tostring(r2, encoding="unicode"))
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text) for c in r2])

# iterparse with every event kind
src = io.BytesIO(b'<a xmlns:p="urn:p"><p:b k="v">x</p:b><c/><!--z--><?t d?></a>')
for event, item in ET.iterparse(src, events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    if isinstance(item, ET.Element):
        tag = item.tag if isinstance(item.tag, str) else item.tag.__name__
        print(event, tag, item.attrib, repr(item.text))
    else:
        print(event, item if not hasattr(item, "tag") else (item.tag, item.text))

# the pull parser fed one byte at a time
pp = ET.XMLPullParser(events=("start", "end"))
data = '<root><item n="1">one</item><item n="2">two &amp; more</item>\r\n<tail/></root>'.encode()
for i in range(len(data)):
    pp.feed(data[i:i + 1])
    for ev, el in pp.read_events():
        print(ev, el.tag, el.attrib, repr(el.text))
pp.close()

# encodings
for enc in ["utf-8", "utf-16", "iso-8859-1", "us-ascii"]:
    text = '<?xml version="1.0" encoding="%s"?><d a="caf\xe9">caf\xe9 \xe0 la cr\xe8me</d>' % enc
    if enc == "us-ascii":
        text = text.replace("\xe9", "&#233;").replace("\xe0", "&#224;").replace("\xe8", "&#232;")
    el = ET.fromstring(text.encode(enc))
    print(enc, el.attrib, el.text)
print(ET.fromstring('<?xml version="1.0" encoding="cp1252"?><d>\u20ac\u2019</d>'.encode("cp1252")).text)
print(ET.tostring(ET.fromstring("<a>\u00e9\u4e2d\U0001F600</a>"), encoding="utf-8"))
print(ET.tostring(ET.fromstring("<a>\u00e9</a>"), encoding="iso-8859-1"))

# internal entities from the DTD, attribute normalisation
e = ET.fromstring('<!DOCTYPE r [<!ENTITY who "World"><!ENTITY greet "Hello, &who;!">]>'
                  '<r t=" a\tb\nc " u="&greet;">&greet; &who;</r>')
print(e.attrib, e.text)

# errors: messages and (line, column)
bad = [
    "", "<a>", "<a></b>", "<a><b></a>", "<a/><b/>", "<a/>junk", "text", "<a b=1/>", "<a>&undefined;</a>",
    "<a>&#0;</a>", "<a x='1' x='2'/>", "<a>\n<b>\n</c></a>", "<p:a/>", "<a><!-- x</a>", "<a><![CDATA[x</a>",
    "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a>\x01</a>", "<1a/>", "<!DOCTYPE>", "<a>]]></a>",
]
for b in bad:
    try:
        ET.fromstring(b)
        print("parsed", repr(b))
    except ET.ParseError as err:
        print(repr(b), "->", err, err.code, err.position)
