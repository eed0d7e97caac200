# Larger documents through ElementTree's chunked readers (iterparse reads 16 KiB at a time,
# XMLPullParser and minidom are fed in uneven pieces): non-ASCII text, CRLF line ends, CDATA and
# entities falling across chunk boundaries, in UTF-8, UTF-16 and ISO-8859-1, with error positions
# deep in the document.
import io
import xml.dom.minidom as minidom
import xml.etree.ElementTree as ET

parts = ['<?xml version="1.0" encoding="ENC"?>\r\n<log xmlns:m="urn:meta">\r\n']
for i in range(1500):
    parts.append('  <entry n="%d" m:lvl="%s" msg="caf\xe9 &amp; cr\xe8me &#%d;">\xe9t\xe9 %d &lt;tag&gt; '
                 '<![CDATA[raw ]] > %d]]> \xe0 la mode</entry>\r\n' % (i, "warn" if i % 3 else "info", 0x100 + i % 50, i, i))
parts.append("</log>\r\n")
template = "".join(parts)


def digest(root):
    texts = [e.text for e in root]
    return len(root), root[0].attrib, root[-1].attrib, texts[0], texts[777], sum(len(t) for t in texts)


for enc in ["utf-8", "utf-16", "iso-8859-1"]:
    data = template.replace("ENC", enc).encode(enc)
    root = ET.parse(io.BytesIO(data)).getroot()
    print(enc, len(data), digest(root))
    count = 0
    last = None
    for event, el in ET.iterparse(io.BytesIO(data), events=("start", "end")):
        count += 1
        if event == "end" and el.tag == "entry" and el.get("n") in ("0", "999", "1499"):
            print("  end", el.get("n"), repr(el.text))
        last = (event, el.tag)
    print("  events", count, last)

data = template.replace("ENC", "utf-8").encode()
pp = ET.XMLPullParser(events=("end",))
step = 1
pos = 0
root = None
while pos < len(data):
    pp.feed(data[pos:pos + step])
    pos += step
    step = step * 3 % 997 + 1
    for event, el in pp.read_events():
        if el.tag == "log":
            root = el
pp.close()
print("pull", digest(root))

doc = minidom.parseString(data)
entries = doc.getElementsByTagName("entry")
print("minidom", len(entries), entries[5].getAttribute("msg"), entries[5].firstChild.data, entries[5].childNodes[1].data)

bad = data.replace(b'<entry n="1234"', b'<entry n="1234" n="x"').replace(b'<entry n="1400"', b"<entry n=1400")
for chunked in (False, True):
    try:
        if chunked:
            for _ in ET.iterparse(io.BytesIO(bad)):
                pass
        else:
            ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", chunked, e, e.position)
