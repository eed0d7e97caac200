# Generated documents (a seeded mix of markup, text, references, CDATA, comments, PIs, namespaces
# and malformed pieces) parsed by pyexpat in random pieces, str or bytes, with a random subset of
# handlers and buffer_text: every handler call with its position, and the result or error.
import pyexpat
import random
seed, n = 1, 150
FR = ['<a>', '</a>', '<b x="1">', '</b>', '<c/>', 'text', '\n', '\r\n', '\r', '&amp;', '&#65;', '&#x4e2d;', '&e;', '&u;',
      '<!--c-->', '<?pi d?>', '<![CDATA[x]]>', ']]>', ']', ' ', '<', '&', '"', "'", '\xe9', '\U0001F600', '<d y=\'a&lt;b\' z="&e;"/>',
      '<n:q xmlns:n="urn:n"/>', '<a xmlns="urn:d">', '\t', '>', '=', '<!DOCTYPE a>', '<?xml version="1.0"?>', '<a b="x\ny">']
rng = random.Random(seed)
HS = ['StartElementHandler','EndElementHandler','CharacterDataHandler','CommentHandler','ProcessingInstructionHandler',
      'StartCdataSectionHandler','EndCdataSectionHandler','DefaultHandler','SkippedEntityHandler','StartNamespaceDeclHandler','EndNamespaceDeclHandler']
for i in range(n):
    prefix = rng.choice(['', '<?xml version="1.0"?>', '<!DOCTYPE a [<!ENTITY e "E<b>&amp;</b>">]>', '<!DOCTYPE a SYSTEM "x">'])
    doc = prefix + '<a>' + ''.join(rng.choice(FR) for _ in range(rng.randint(0, 12))) + rng.choice(['</a>', '', '</a>\n', '</a><x/>'])
    ns = rng.choice([None, ' '])
    p = pyexpat.ParserCreate(namespace_separator=ns)
    out = []
    for h in HS:
        if rng.random() < 0.8:
            setattr(p, h, (lambda h: lambda *a: out.append((h[:-7], a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)))(h))
    p.buffer_text = rng.random() < 0.3
    data = doc.encode() if rng.random() < 0.5 else doc
    cuts = sorted(rng.sample(range(len(data) + 1), min(len(data) + 1, rng.randint(0, 3))))
    pieces = []; last = 0
    for c in cuts: pieces.append(data[last:c]); last = c
    pieces.append(data[last:])
    try:
        for j, pc in enumerate(pieces):
            p.Parse(pc, j == len(pieces) - 1)
            out.append(('pos', p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
        out.append('ok')
    except pyexpat.ExpatError as e:
        out.append(('err', str(e), e.code, p.ErrorByteIndex))
    print(i, repr(doc), ns, [len(x) for x in pieces])
    for o in out: print('   ', o)
