import random, sys
# Native modules the other generators leave alone: cmath's functions at branch cuts, zeros,
# infinities and NaNs (log with a base too); audioop's measurements and transformations on
# fragments of every width, good and bad (widths, odd lengths, states, rates); pyexpat through
# expat's own handlers, ElementTree (fromstring, XMLPullParser fed in chunks, canonicalize) and
# minidom on odd documents; contextvars' ContextVar/Context/Token. Documents hold no NUL and no
# bytes that are not UTF-8: expat decodes an invalid lead byte's sequence as a name character
# where dislab's decoder stops (not modelled). One line per call: the result's ascii() or the
# exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7373)


def ch(*xs):
    return random.choice(xs)


# ---- cmath -------------------------------------------------------------------------------------------
CV = ["0.0", "-0.0", "1.0", "-1.0", "2.0", "0.5", "float('nan')", "float('inf')", "-float('inf')", "1e300", "-1e300", "1e-300", "5e-324", "1e308",
      "710.0", "-710.0", "3.0", "1e-20", "2**53", "0.7", "-2.5"]
CF = ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "phase", "polar",
      "isfinite", "isinf", "isnan"]


def cmath_expr():
    z = f"complex({random.choice(CV)}, {random.choice(CV)})"
    k = random.random()
    if k < 0.8:
        return f"cmath.{random.choice(CF)}({z})"
    if k < 0.9:
        return f"cmath.log({z}, {ch(z, random.choice(CV), '0', '1', '2')})"
    if k < 0.95:
        return f"cmath.rect({random.choice(CV)}, {random.choice(CV)})"
    return f"cmath.isclose({z}, {z}, rel_tol={ch('1e-9', '0.0', '-1.0', '1.0')}, abs_tol={ch('0.0', '1.0', '-1')})"


# ---- audioop ---------------------------------------------------------------------------------------
def frag():
    n = ch(0, 1, 2, 3, 4, 6, 8, 12, 16)
    k = random.random()
    if k < 0.3:
        return repr(bytes(random.randint(0, 255) for _ in range(n)))
    if k < 0.5:
        return repr(bytes(ch(0, 0x7f, 0x80, 0xff) for _ in range(n)))
    if k < 0.6:
        return ch("bytearray(b'\\x01\\x02\\x03\\x04')", "memoryview(b'\\x00\\x80\\xff\\x7f')", "'ab'", "None", "b''")
    return repr(bytes(range(n * 7 % 256, n * 7 % 256 + n)))


def width():
    return ch("1", "2", "3", "4", "0", "5", "-1", "2.0") if random.random() < 0.15 else ch("1", "2", "3", "4")


def num():
    return ch("0", "1", "-1", "0.5", "2.0", "-3.5", "1e10", "float('nan')", "float('inf')", "2**31", "-2**31", "7", "100", "0x7fff", "-0x8000", "2**63")


def audioop_expr():
    f, w = frag(), width()
    return ch(
        f"audioop.max({f}, {w})", f"audioop.minmax({f}, {w})", f"audioop.avg({f}, {w})", f"audioop.rms({f}, {w})", f"audioop.avgpp({f}, {w})",
        f"audioop.maxpp({f}, {w})", f"audioop.cross({f}, {w})", f"audioop.getsample({f}, {w}, {random.randint(-1, 5)})",
        f"audioop.mul({f}, {w}, {num()})", f"audioop.tomono({f}, {w}, {num()}, {num()})", f"audioop.tostereo({f}, {w}, {num()}, {num()})",
        f"audioop.add({f}, {frag()}, {w})", f"audioop.add({f}, {f}, {w})", f"audioop.bias({f}, {w}, {num()})", f"audioop.reverse({f}, {w})",
        f"audioop.byteswap({f}, {w})", f"audioop.lin2lin({f}, {w}, {width()})", f"audioop.lin2ulaw({f}, {w})", f"audioop.ulaw2lin({f}, {w})",
        f"audioop.lin2alaw({f}, {w})", f"audioop.alaw2lin({f}, {w})",
        f"audioop.lin2adpcm({f}, {w}, {ch('None', '(0, 0)', '(100, 5)', '(-40000, 3)', '(0, 89)', '(0, -1)', '(1,)', '(1.5, 2)')})",
        f"audioop.adpcm2lin({f}, {w}, {ch('None', '(0, 0)', '(100, 88)', '(32767, 10)', '(0, 89)')})",
        f"audioop.findfactor({f}, {frag()})", f"audioop.findfit({f}, {frag()})", f"audioop.findmax({f}, {random.randint(-1, 4)})",
        f"audioop.ratecv({f}, {w}, {ch('1', '2', '0', '3')}, {ch('8000', '11025', '1', '0', '-1', '44100')}, {ch('8000', '16000', '1', '0', '22050')}, "
        f"{ch('None', '(0, ((0, 0),))', '(-1, ((1, 2),))', '(3, ((1, 2), (3, 4)))', '(0, ())', '5')}{ch('', ', 2, 1', ', 0, 0', ', 1, 0')})",
    )


# ---- xml -------------------------------------------------------------------------------------------
PIECES = ["<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", "&amp;", "&lt;", "&#65;", "&#x42;", "&#0;", "&#x110000;", "&bogus;", "<!-- c -->",
          "<?pi data?>", "<![CDATA[x<y]]>", "<d y=\"2\" y=\"3\"/>", "<e xmlns='urn:x'><f/></e>", "<p:g xmlns:p='urn:p' p:at='v'/>", "<q:h/>", "\u00e9",
          "\n", "  ", "<", ">", "&", "<!DOCTYPE a [<!ENTITY e 'ent'>]>", "&e;", "<?xml version='1.0'?>", "<a b='<'/>", "\x01", "<1a/>", "<a:b:c/>",
          "]]>", "<a\tx = 'y' />", "<!ELEMENT a ANY>", "<z a='&amp;&#38;'/>", "<w xml:lang='en'/>", "<v xmlns:p=''/>", "\u4e2d\U0001F600"]


def doc():
    body = "".join(random.choice(PIECES) for _ in range(random.randint(0, 6)))
    return "<r>" + body + "</r>" if random.random() < 0.5 else body


def xml_expr():
    d = doc()
    b = ch("", ".encode('utf-8')", ".encode('utf-16')")
    return ch(
        f"ET.tostring(ET.fromstring({d!r}{b}))", f"[(e.tag, e.attrib, e.text, e.tail) for e in ET.fromstring({d!r}{b}).iter()]",
        f"minidom.parseString({d!r}{b}).toxml()", f"run_expat({d!r}{b}, {ch('True', 'False')}, {ch('None', repr(' '), repr('|'))})",
        f"pull({d!r}, {random.randint(1, 5)})", f"ET.canonicalize({d!r})",
    )


# ---- contextvars -----------------------------------------------------------------------------------
def contextvars_expr():
    v = ch("V", "W")
    return ch(
        f"{v}.get()", f"{v}.get({ch('1', 'None')})", f"{v}.get(default=2)", f"{v}.get(1, 2)", f"name_of({v}.set({ch('3', 'None', '[]')}))",
        f"{v}.reset({v}.set(4)) or {v}.get(5)", f"reuse({v})", f"{v}.reset(W.set(1) if {v} is V else V.set(1))", f"{v}.reset(None)",
        f"contextvars.copy_context().run({v}.set, 9) and {v}.get(0)", f"contextvars.copy_context().get({v}, {ch('7', 'default=7')})",
        f"{v} in contextvars.copy_context()", f"contextvars.copy_context()[{v}]", f"contextvars.copy_context().run(contextvars.copy_context().run, len, 'ab')",
        f"contextvars.ContextVar({ch(repr('n'), '1', 'None')}{ch('', ', default=1', ', 1')}).get(0)", f"contextvars.Context({ch('', '1')})",
        f"len(contextvars.Context())", f"contextvars.copy_context().get()", f"contextvars.copy_context().get({v}, 1, 2)", f"reenter()",
        f"contextvars.Token.MISSING", f"contextvars.Token()", f"type({v}.set(1)).__name__", f"{v}.name",
    )


GENS = [cmath_expr, audioop_expr, xml_expr, xml_expr, contextvars_expr]

PRELUDE = r"""import cmath, audioop, contextvars
import xml.etree.ElementTree as ET, xml.dom.minidom as minidom, xml.parsers.expat as expat
V = contextvars.ContextVar('V', default=0)
W = contextvars.ContextVar('W')
def name_of(token):
    return (type(token).__name__, token.var.name, token.old_value is contextvars.Token.MISSING)
def reuse(v):
    t = v.set(1)
    v.reset(t)
    v.reset(t)
def reenter():
    c = contextvars.copy_context()
    return c.run(c.run, len, 'x')
def run_expat(data, buffer_text, ns):
    p = expat.ParserCreate(namespace_separator=ns) if ns is not None else expat.ParserCreate()
    p.buffer_text = buffer_text
    out = []
    p.StartElementHandler = lambda n, a: out.append(('s', n, a))
    p.EndElementHandler = lambda n: out.append(('e', n))
    p.CharacterDataHandler = lambda d: out.append(('c', d))
    p.CommentHandler = lambda d: out.append(('#', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('pi', t, d))
    p.StartNamespaceDeclHandler = lambda pr, u: out.append(('ns', pr, u))
    p.DefaultHandler = lambda d: out.append(('d', d))
    p.EntityDeclHandler = lambda *a: out.append(('ent', a))
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        out.append(('err', str(e), e.code, e.lineno, e.offset))
    out.append((p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode))
    return out
def pull(data, n):
    p = ET.XMLPullParser(['start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'])
    out = []
    # (comments and PIs are reported as elements whose tag is a function: its name only)
    tag = lambda el: getattr(el.tag, '__name__', el.tag) if hasattr(el, 'tag') else el
    try:
        for i in range(0, len(data), n):
            p.feed(data[i:i + n])
            out.extend((ev, tag(el)) for ev, el in p.read_events())
        p.close()
        out.extend((ev, tag(el)) for ev, el in p.read_events())
    except ET.ParseError as e:
        out.append(('err', str(e), e.position))
    return out
def p(i, f):
    try:
        r = f()
    except Exception as e:
        # (a ContextVar's, Token's or Context's repr holds its address)
        print(i, type(e).__name__, ascii(str(e).split(' at 0x')[0]))
    else:
        print(i, ascii(r).split(' at 0x')[0])
"""

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for i in range(n):
    out.append(f"p({i}, lambda: {random.choice(GENS)()})")
sys.stdout.write("\n".join(out) + "\n")
