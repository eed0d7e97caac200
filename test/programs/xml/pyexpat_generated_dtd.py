# Generated DOCTYPEs (a seeded mix of entity, notation, element and attribute-list declarations,
# parameter entity references and malformed declarations) with documents using them, parsed by
# pyexpat in two pieces with a random subset of handlers: every call, default-handler tokens, errors.
import pyexpat
import random
seed, n = 5, 150
DECLS = ['<!ENTITY e "v&amp;&#65;">', '<!ENTITY % p "pv">', '<!ENTITY x SYSTEM "x.xml">', '<!ENTITY x PUBLIC "-//p" "x.xml">',
         '<!ENTITY u SYSTEM "u.gif" NDATA gif>', '<!NOTATION gif SYSTEM "g">', '<!NOTATION n PUBLIC "pp">', '<!NOTATION n PUBLIC "pp" "ss">',
         '<!ELEMENT a (b|c)*>', '<!ELEMENT a (#PCDATA)>', '<!ELEMENT a (#PCDATA|b|c)*>', '<!ELEMENT a ((b,c)?,d+)>', '<!ELEMENT a EMPTY>',
         '<!ATTLIST a b CDATA #IMPLIED>', '<!ATTLIST a c (x|y) "x" d NMTOKEN #REQUIRED>', '<!ATTLIST a e CDATA #FIXED " f  g ">',
         '<!ATTLIST a t NMTOKENS " p  q ">', '<!-- dc -->', '<?dpi x?>', '%p;', ' ', '\n', '<!ELEMENT a (b,c|d)>', '<!ELEMENT a (b|c)>',
         '<!ENTITY>', '<!ATTLIST a b CDATA>', '<!FOO>', '<!ELEMENT a (#PCDATA|b)>', '<!ENTITY e2 "&e;x">', '<!ENTITY bad "%p;">',
         '<!ENTITY e "second">', '<!ATTLIST a b CDATA "dup">', '<!ENTITY r "<a/>">', '<!NOTATION n>', '<!ELEMENT a ANY', '>', '"lit"', ']']
BODIES = ['<a/>', '<a b="1">&e;</a>', '<a t=" z  w "/>', '<a>&e2;&x;&u;</a>', '<a c="y" e=" f  g "/>', '<a>&r;</a>', '<a>&undef;</a>', '<a b="&e;&e2;"/>']
HS = ['StartElementHandler','EndElementHandler','CharacterDataHandler','CommentHandler','ProcessingInstructionHandler','DefaultHandler',
      'StartDoctypeDeclHandler','EndDoctypeDeclHandler','EntityDeclHandler','UnparsedEntityDeclHandler','NotationDeclHandler',
      'ElementDeclHandler','AttlistDeclHandler','SkippedEntityHandler','XmlDeclHandler','ExternalEntityRefHandler']
rng = random.Random(seed)
for i in range(n):
    head = rng.choice(['', '<?xml version="1.0"?>\n', '<?xml version="1.0" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'])
    ext = rng.choice(['', ' SYSTEM "s.dtd"', ' PUBLIC "-//P//EN" "s.dtd"'])
    sub = ''.join(rng.choice(DECLS) for _ in range(rng.randint(0, 6)))
    doc = head + '<!DOCTYPE a' + ext + (' [' + sub + ']' if rng.random() < 0.8 else '') + '>' + rng.choice(['', '\n', '<!--c-->']) + rng.choice(BODIES)
    p = pyexpat.ParserCreate()
    out = []
    for h in HS:
        if rng.random() < 0.7:
            if h == 'ExternalEntityRefHandler':
                setattr(p, h, lambda *a: (out.append(('ExtRef', a)), 1)[1])
            else:
                setattr(p, h, (lambda h: lambda *a: out.append((h[:-7], a, p.CurrentLineNumber, p.CurrentColumnNumber)))(h))
    p.specified_attributes = rng.random() < 0.3
    if rng.random() < 0.3:
        p.DefaultHandlerExpand = lambda s: out.append(('DX', s))
    data = doc.encode()
    cut = rng.randint(0, len(data))
    try:
        p.Parse(data[:cut], False)
        p.Parse(data[cut:], True)
        out.append('ok')
    except pyexpat.ExpatError as e:
        out.append(('err', str(e), e.code, p.ErrorByteIndex))
    print(i, repr(doc), cut)
    for o in out: print('   ', o)
