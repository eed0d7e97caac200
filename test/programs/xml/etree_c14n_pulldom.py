# More of the standard library over pyexpat: ElementTree's canonicalize (C14N 2.0), XMLParser with
# an encoding override and a custom target, TreeBuilder events with namespaces, xml.dom.pulldom,
# minidom namespace handling, and ElementTree.write with xml_declaration.
import io
import xml.dom.minidom as minidom
import xml.dom.pulldom as pulldom
import xml.etree.ElementTree as ET

src = """<?xml version="1.0"?>
<root xmlns="urn:default" xmlns:b="urn:b" xmlns:unused="urn:u">
  <b:item   z="2" a="1" b:attr="x">text &amp; &#x41;</b:item>
  <empty/>
  <!-- comment -->
  <?pi data?>
  <![CDATA[cdata <here>]]>
</root>"""
print(ET.canonicalize(src))
print(ET.canonicalize(src, with_comments=True, strip_text=True))
print(ET.canonicalize(src, rewrite_prefixes=True))
print(ET.canonicalize(src, exclude_attrs=["z"], exclude_tags=["{urn:default}empty"]))


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, sorted(attrib.items())))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def start_ns(self, prefix, uri):
        self.log.append(("start-ns", prefix, uri))

    def end_ns(self, prefix):
        self.log.append(("end-ns", prefix))

    def close(self):
        return self.log


parser = ET.XMLParser(target=Target())
parser.feed(src)
for entry in parser.close():
    print(entry)

latin = '<?xml version="1.0" encoding="utf-8"?><a>\xe9t\xe9</a>'.encode("latin-1")
print(ET.fromstring(latin, parser=ET.XMLParser(encoding="iso-8859-1")).text)
try:
    ET.fromstring(latin)
except ET.ParseError as e:
    print("ParseError", e, e.position)

tree = ET.ElementTree(ET.fromstring("<a><b>1</b><c x='y'/></a>"))
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())
out = io.StringIO()
tree.write(out, encoding="unicode", xml_declaration=True, short_empty_elements=False)
print(out.getvalue())

events = pulldom.parseString("<doc><p n='1'>one</p><p n='2'>two<i>!</i></p></doc>")
for event, node in events:
    if event == pulldom.START_ELEMENT and node.tagName == "p":
        events.expandNode(node)
        print(node.toxml())
    elif event in (pulldom.START_ELEMENT, pulldom.END_ELEMENT):
        print(event, node.tagName)

doc = minidom.parseString('<r xmlns="urn:r" xmlns:q="urn:q"><q:c q:k="v"/><d/></r>')
for el in doc.getElementsByTagName("*"):
    print(el.tagName, el.namespaceURI, el.prefix, el.localName, [(a.name, a.namespaceURI, a.value) for a in el.attributes.values()])
print(doc.documentElement.toxml())
