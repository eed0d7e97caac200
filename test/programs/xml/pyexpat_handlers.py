# pyexpat directly: every handler with its arguments and the position it is called at, the
# default handlers, buffer_text, ordered/specified attributes, namespace triplets, DTD
# declarations, incremental Parse calls, ParseFile, handler exceptions, the module's constants.
import io
import pyexpat
from xml.parsers import expat

print(pyexpat.version_info, pyexpat.EXPAT_VERSION, pyexpat.native_encoding)
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes["mismatched tag"], expat.errors.messages[4])
print(expat.model.XML_CTYPE_SEQ, expat.model.XML_CQUANT_PLUS, sorted(pyexpat.features))
print([pyexpat.ErrorString(i) for i in range(0, 8)], pyexpat.ErrorString(36))
print(type(pyexpat.ParserCreate()).__name__, pyexpat.XMLParserType.__name__, pyexpat.ExpatError.__module__, expat.error is expat.ExpatError)

HANDLERS = [
    "StartElementHandler", "EndElementHandler", "CharacterDataHandler", "ProcessingInstructionHandler", "CommentHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "StartCdataSectionHandler", "EndCdataSectionHandler",
    "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "UnparsedEntityDeclHandler",
    "NotationDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler", "DefaultHandler",
]


def make(names=HANDLERS, **kw):
    p = pyexpat.ParserCreate(**kw)

    def rec(name):
        def h(*args):
            print("  %-22s %r @%d:%d/%d" % (name[:-7], args, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
        return h

    for n in names:
        setattr(p, n, rec(n))
    return p


def parse(p, *chunks):
    try:
        for i, c in enumerate(chunks):
            r = p.Parse(c, i == len(chunks) - 1)
        print("  ->", r, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
    except expat.ExpatError as e:
        print("  ExpatError:", e, "| code", e.code, "line", e.lineno, "offset", e.offset,
              "| ErrorCode", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)


DOC = """<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE doc PUBLIC "-//x//y" "d.dtd" [
  <!ELEMENT doc (a, b*, (c|d)+)?>
  <!ELEMENT a (#PCDATA|b)*>
  <!ELEMENT b EMPTY>
  <!ELEMENT c ANY>
  <!ATTLIST doc x CDATA #IMPLIED y (p|q) "p" z ID #REQUIRED w CDATA #FIXED "ww">
  <!ENTITY e "E&amp;<x/>">
  <!ENTITY % pe "pp">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY img SYSTEM "i.gif" NDATA gif>
  <!NOTATION gif PUBLIC "gifpub">
  <!-- dtd comment -->
  <?dtdpi data?>
]>
<doc z="1" y = 'q'>a&e;b&#65;&#x42;&lt;<![CDATA[<cd>]]>
<!-- c --><?pi  x y ?><a/>&ext;&und;</doc>
"""
print("all handlers")
parse(make(), DOC)
print("no default handler, expanded entities")
parse(make([h for h in HANDLERS if h != "DefaultHandler"]), DOC)
print("DefaultHandlerExpand only")
parse(make(["DefaultHandlerExpand"]), DOC)
print("DefaultHandler only")
parse(make(["DefaultHandler"]), '<a x="1">t&amp;<b/>\r\n</a>')

print("ordered and specified attributes")
for ordered in (False, True):
    for specified in (False, True):
        p = make(["StartElementHandler"])
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        parse(p, '<!DOCTYPE r [<!ATTLIST r d CDATA "dv" t NMTOKENS " x  y ">]><r a="1" t="  p  q  "/>')

print("namespaces")
parse(make(["StartElementHandler", "EndElementHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler"], namespace_separator=" "),
      '<a xmlns="u" xmlns:p="v" p:x="1" y="2"><p:b xmlns:p="w" p:z="3"/><c xmlns=""/></a>')
p = make(["StartElementHandler", "EndElementHandler"], namespace_separator="}")
p.namespace_prefixes = True
parse(p, '<p:a xmlns:p="urn:p" xmlns="urn:d" p:x="1"><b/></p:a>')
parse(make(["StartElementHandler"], namespace_separator=""), '<a xmlns="u"><b xmlns:q="v" q:c="1"/></a>')
for bad in ['<p:a/>', '<a xmlns:p="v" xmlns:q="v" p:x="1" q:x="2"/>', '<a xmlns:p=""/>', '<a q:b="1"/>']:
    parse(make(["StartNamespaceDeclHandler", "EndNamespaceDeclHandler"], namespace_separator=" "), bad)

print("buffer_text")
for bt in (False, True):
    p = make(["CharacterDataHandler", "StartElementHandler"])
    p.buffer_text = bt
    parse(p, "<a>one\ntwo &amp; three&#33;", "<b/>four", "\r\nfive</a>")
p = make(["CharacterDataHandler"])
p.buffer_text = True
p.buffer_size = 4
print(p.buffer_size, p.buffer_text)
parse(p, "<a>ab\ncdefgh&lt;ij</a>")
try:
    p.buffer_size = 0
except ValueError as e:
    print("ValueError", e)

print("incremental positions")
p = make(["StartElementHandler", "CharacterDataHandler", "EndElementHandler"])
for piece in ["<ro", "ot>te", "xt\n", "<ch", 'ild a="1', '"/>\n', "</root>"]:
    p.Parse(piece, False)
    print("  after %r: %d %d %d" % (piece, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.Parse("", True)
try:
    p.Parse("<x/>", True)
except expat.ExpatError as e:
    print("  again:", e, e.code)

print("bytes in pieces and encodings")
parse(make(["StartElementHandler", "CharacterDataHandler"]), "<a>caf\xe9 \u4e2d\U0001F600</a>".encode("utf-8")[:5], "<a>caf\xe9 \u4e2d\U0001F600</a>".encode("utf-8")[5:])
parse(make(["CharacterDataHandler", "XmlDeclHandler"]), '<?xml version="1.0" encoding="utf-16"?><a>\xe9t\xe9</a>'.encode("utf-16"))
parse(make(["CharacterDataHandler"]), '<a>\xe9</a>'.encode("utf-16-le"))
parse(make(["CharacterDataHandler"], encoding="iso-8859-1"), '<a>\xe9\xff</a>'.encode("latin-1"))
parse(make(["CharacterDataHandler"], encoding="utf-8"), b'<a>\xe9</a>')
parse(make(["CharacterDataHandler"]), b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>')
parse(make(["CharacterDataHandler"]), b'<?xml version="1.0" encoding="koi8-r"?><a>\xc1\xc2</a>')
try:
    parse(make(["CharacterDataHandler"]), b'<?xml version="1.0" encoding="no-such-codec"?><a/>')
except LookupError as e:
    print("LookupError", e)
parse(make(["CharacterDataHandler"]), b'<?xml version="1.0" encoding="utf-16"?><a/>')
parse(make(["CharacterDataHandler"]), b'\xef\xbb\xbf<a>bom</a>')
parse(make(["CharacterDataHandler"]), '\ufeff<a>bom</a>')

print("ParseFile")
p = pyexpat.ParserCreate()
seen = []
p.StartElementHandler = lambda name, attrs: seen.append((name, p.CurrentByteIndex))
print(p.ParseFile(io.BytesIO(b"<r>" + b"<i/>" * 700 + b"</r>")), p.CurrentByteIndex, len(seen), seen[:2], seen[510:513], seen[-1])
p = pyexpat.ParserCreate()
try:
    p.ParseFile(io.StringIO("<a/>"))
except TypeError as e:
    print("TypeError", e)
try:
    pyexpat.ParserCreate().ParseFile(42)
except TypeError as e:
    print("TypeError", e)

print("a handler that raises")
p = pyexpat.ParserCreate()


def boom(name, attrs):
    if name == "b":
        raise KeyError(name)
    print("  start", name)


p.StartElementHandler = boom
p.EndElementHandler = lambda n: print("  end", n)
try:
    p.Parse("<a><b/><c/></a>", True)
except KeyError as e:
    print("  KeyError", e, p.StartElementHandler, p.EndElementHandler)
try:
    p.Parse("<a/>", True)
except expat.ExpatError as e:
    print("  ExpatError", e, e.code)

print("attributes of the parser")
p = pyexpat.ParserCreate(intern=None)
print(p.intern, p.buffer_size, p.buffer_used, p.ordered_attributes, p.namespace_prefixes, p.ErrorCode, p.CurrentByteIndex)
for attr in ("StartElementHandler", "buffer_text"):
    try:
        delattr(p, attr)
    except RuntimeError as e:
        print("RuntimeError", e)
for args, kw in [((), {"namespace_separator": "ab"}), ((), {"intern": []}), ((1,), {}), ((), {"bogus": 1})]:
    try:
        pyexpat.ParserCreate(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = pyexpat.ParserCreate()
p.SetBase("http://base/")
print(p.GetBase(), p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.EntityDeclHandler = lambda *a: print("  entity", a)
p.Parse('<!DOCTYPE a [<!ENTITY x SYSTEM "s.xml">]><a/>', True)
try:
    p.UseForeignDTD(True)
except expat.ExpatError as e:
    print("ExpatError", e, e.code)
d = {}
p = pyexpat.ParserCreate(intern=d)
p.StartElementHandler = lambda n, a: None
p.Parse('<a b="1"><a b="2"/></a>', True)
print(sorted(d), p.intern is d)
