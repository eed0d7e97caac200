import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 3100)

# Names the generated program defines (see the prelude at the end): positional args, keyword args,
# objects with odd __format__, containers for index lookups.
positional = ["7", "-2.5", "'ab'", "L", "d", "P", "None", "3+4j", "True", "F()", "G()", "Hx()", "b'by'", "(1, 2)", "10**20", "float('nan')", "''", "Ex()",
    "SX()", "RX()", "AX()", "IX()", "NX()", "FS()", "PR()", "StrSub('q')", "IntSub(3)", "'abcdef'", "{'-1': 'm1', -1: 'int-1'}"]
kwnames = ["a", "w", "p", "key", "x_y", "name", "f", "g"]
kwvals = {"a": "'text'", "w": "8", "p": "3", "key": "d", "x_y": "L", "name": "P", "f": "F()", "g": "G()"}
# each list: the usual choices, then the odd ones (drawn one time in `odd`)
def pick(usual, odd, p):
    return random.choice(odd) if random.random() < p else random.choice(usual)
field_names = (["", "0", "1", "2", "a", "w", "key", "name", "x_y"], ["5", "missing", "00", "-1", "1a", " ", "a b", "0x1", "+1", "10000000000000000000000", "f", "g"])
lookups = ([".real", ".imag", "[0]", "[1]", "[-1]", "[key]", "[a]", "[0][0]", ".attr", ".__class__.__name__", ".real.imag", "[00]", ".boom", "[k]", ".upper"], [".nope", "[", "]", ".", "[]", "[1", "[10]", "[x y]", "[ 1]", "x", ".0", "[1]x", "[1]."])
convs = (["", "", "", "!r", "!s", "!a"], ["!x", "!", "!rr", "!R", "!r:", "!s!r", "!r!"])
fills = ["", "*", "0", " ", "x", "é", "{", "}"]
aligns = ["", "<", ">", "^", "="]
types = ["", "", "d", "e", "f", "g", "G", "n", "%", "x", "X", "o", "b", "c", "s", "r", "z", "F", "E"]
lit_pieces = (["abc", " ", "{{", "}}", "é", "\\n", "x{{y}}z", "%s", "$"], ["{", "}", "{}}", "{{}"])

def spec(depth):
    s = ""
    if random.random() < 0.3:
        s += random.choice(fills) + random.choice(aligns[1:])
    elif random.random() < 0.3:
        s += random.choice(aligns)
    s += random.choice(["", "", "+", "-", " "])
    if random.random() < 0.15: s += "#"
    if random.random() < 0.15: s += "0"
    r = random.random()
    if r < 0.3: s += str(random.randint(0, 14))
    elif r < 0.45 and depth < 3: s += field(depth + 1)
    if random.random() < 0.2: s += random.choice([",", "_"])
    r = random.random()
    if r < 0.25: s += "." + str(random.randint(0, 9))
    elif r < 0.35 and depth < 3: s += "." + field(depth + 1)
    s += random.choice(types)
    return s

def field(depth=0):
    s = "{" + pick(*field_names, 0.1)
    for _ in range(random.choice([0, 0, 0, 1, 1, 2])):
        s += pick(*lookups, 0.1)
    s += pick(*convs, 0.05)
    if random.random() < 0.6:
        s += ":" + spec(depth)
    if random.random() < 0.97:
        s += "}"
    return s

def template():
    parts = []
    for _ in range(random.randint(1, 3)):
        if random.random() < 0.35:
            parts.append(pick(*lit_pieces, 0.08))
        else:
            parts.append(field())
    return "".join(parts)

def call_args():
    args = [random.choice(positional) for _ in range(random.choice([0, 1, 2, 3, 3, 4]))]
    for k in random.sample(kwnames, random.choice([0, 2, 6, 8, 8, 8])):
        args.append(f"{k}={kwvals[k]}")
    return ", ".join(args)

# f-strings: the expression part is Python source evaluated in the prelude's namespace
fexprs = (["v", "L", "L[1]", "d['key']", "P.attr", "x", "F()", "3.25", "-7", "'s'", "n", "w", "p", "v+1", "(1, 2)", "(lambda: 1)()", "d", "a", "x=", "v = ", "v =", "[1,2][0]", "{'a': 1}", "{1}", "f'{v}'", "1_000", "'{'", "None", "a if w else v", "v!=1", "L[::2]", "(v:=3)"],
    ["G()", "L[", "", " ", "lambda: 1", "!r", "yield", "*L", "w!r", "L[5]", "v:", "v:=3", "\\n", "#", "a b", "v!=1!r", "(", ")", "[", "]"])
def fstring():
    parts = []
    for _ in range(random.randint(1, 3)):
        if random.random() < 0.3:
            parts.append(pick(["abc", "{{", "}}", " ", "\\t", "\\N{BULLET}", "é"], ["{", "}", "\\{", "\\N{NOPE}", "\\x"], 0.1))
            continue
        s = "{" + pick(*fexprs, 0.1) + pick(["", "", "", "!r", "!s", "!a", "="], ["!z", "!", "=!", "!r=", "!a:"], 0.08)
        if random.random() < 0.5:
            if random.random() < 0.5:
                sp = spec(5)
            else:
                sp = random.choice(["{w}", "{p}", "{w}.{p}", ">{w}", "{w:{p}}", "{{", "{w!r}", "{p}f", "{", "{w}{p}", "{'x'}"]) + random.choice(["", "f", "d", "s"])
            s += ":" + sp
        if random.random() < 0.97: s += "}"
        parts.append(s)
    q = random.choice(["'", '"', "'''"])
    body = "".join(parts).replace(q[0], "")
    return random.choice(["f", "f", "rf", "F", "fr"]) + q + body + q

# string.Template
tpl_pieces = ["$a", "${a}", "$$", "$", "${", "${a", "$1", "$w", "${w}x", "$missing", "${missing}", "abc", " ", "$a_b", "${ a}", "$é", "$_", "${key}"]
def tpl():
    return "".join(random.choice(tpl_pieces) for _ in range(random.randint(1, 4)))

values = ["SX()", "RX()", "NX()", "FS()", "StrSub('ss')", "BoolSub()", "b''", "bytearray(b'a')", "1.5j", "complex('nan+0j')", "2**63", "0x110000", "-1", "1114111", "0.1", "1e-5", "1e16", "0", "-7", "255", "2**64", "True", "3.5", "-0.0", "1e20", "float('inf')", "float('nan')", "2.675", "1+2j", "-0j", "'str'", "''", "'é'", "None", "[1]", "(1,)", "{}", "b'x'", "object()", "F()", "G()", "Hx()", "Ex()", "IntSub(5)", "FloatSub(1.5)", "StrSub('ss')", "range(3)", "Fraction(1, 3)", "len", "int"]

# direct calls in odd forms: unbound, wrong argument types, Formatter subclasses
odd_calls = ["str.format({t}, {a})", "str.format({v})", "str.format_map({t})", "{t}.format_map()", "{t}.format_map(kw, kw)", "format({v}, 5)", "format({v}, {s}, 1)",
    "format({v}, StrSub({s}))", "type({v}).__format__({v}, {s})", "object.__format__({v}, {s})", "object.__format__({v}, '')", "str.__format__({v}, {s})", "int.__format__({v}, {s})", "float.__format__({v}, {s})",
    "Up().format({t}, {a})", "Up().vformat({t}, [1, 2, 3], kw)", "Up().vformat({t}, (), M())", "Strict().format({t}, {a})", "Formatter().vformat({t}, (), {{}})",
    "Formatter().format_field({v}, {s})", "Formatter().convert_field({v}, 'r')", "Formatter().convert_field({v}, 'q')", "Formatter().convert_field({v}, None)", "Formatter().get_field('0.real', (5,), {{}})",
    "Formatter().get_field({t}, (5, 6), kw)", "Formatter().format()", "Formatter().format(format_string={t})", "'{{:{{:{{}}}}}}'.format({a})", "'{{:{{:{{:{{}}}}}}}}'.format({a})", "Formatter().format('{{:{{:{{}}}}}}', {a})",
    "Formatter().format('{{:{{:{{:{{}}}}}}}}', {a})", "'{{0[{{1}}]}}'.format(d, 'key')", "'{{0[}}]}}'.format({{'}}': 1}})", "'{{0[{{]}}'.format({{'{{': 1}})", "'{{0[a]b}}'.format(d)", "'{{0.}}'.format(1)", "'{{0..real}}'.format(1)", "'{{[0]}}'.format(L)",
    "'{{.real}}{{}}'.format(1, 2)", "'{{!r}}{{0}}'.format(1)", "'{{0}}{{!r}}'.format(1)", "Formatter().format('{{}}{{1}}', 1, 2)", "Formatter().format('{{1}}{{}}', 1, 2)", "'{{:{{}}}}{{1}}'.format(5, 6)", "'{{0:{{}}}}'.format(5, 6)"]
lines = []
for k in range(2600):
    r = random.random()
    if r < 0.35:
        e = f"{template()!r}.format({call_args()})"
    elif r < 0.42:
        e = f"{template()!r}.format_map({random.choice(['{}', 'dict(a=1, w=5)', 'M()', 'M(a=2)', 'kw', '[1, 2]', 'None', 'NoMiss()'])})"
    elif r < 0.50:
        e = f"Formatter().format({template()!r}, {call_args()})"
    elif r < 0.55:
        e = f"list(Formatter().parse({template()!r}))"
    elif r < 0.60:
        e = f"format({random.choice(values)}, {random.choice(['', '', 's', 'r', '10', '<5', 'x', 'd', '.2', ',', '_', 'n', '=5'])!r})"
    elif r < 0.72:
        e = f"format({random.choice(values)}, {spec(5)!r})"
    elif r < 0.88:
        e = f"eval({fstring()!r})"
    elif r < 0.93:
        e = random.choice(odd_calls).format(t=repr(template()), a=call_args(), v=random.choice(values), s=repr(spec(1)))
    else:
        t = tpl()
        how = random.choice(["substitute()", "safe_substitute()", "substitute(kw)", "safe_substitute(kw)", "substitute(a=1, w='W')", "safe_substitute(M())", "substitute(kw, a='over')", "substitute({'a': 1}, {'w': 2})"])
        e = f"Template({t!r}).{how}"
    lines.append(f"t({e!r})")

sys.stdout.write('''from string import Formatter, Template
from decimal import Decimal
from fractions import Fraction
class Plain: pass
P = Plain(); P.attr = 'AT'
L = [10, 'twenty', 30.5]
d = {'key': 'K', '-1': 'minus', 0: 'zero', 'a': [1, 2]}
kw = {'a': 'A', 'w': 9}
class F:
    def __format__(self, spec): return '<F ' + spec + '>'
    def __repr__(self): return 'F()'
class G:
    def __format__(self, spec): return 42
    def __repr__(self): return 'G()'
class Hx:
    def __format__(self, spec): raise ValueError('hx says ' + spec)
class Ex:
    def __repr__(self): return 'Ex\\u00e9\\U0001f600'
    def __str__(self): return 'exs'
class M(dict):
    def __missing__(self, key): return '[' + str(key) + ']'
class NoMiss:
    def __getitem__(self, key): raise LookupError(key)
class SX:
    def __str__(self): return 5
    def __repr__(self): return 'SX()'
class RX:
    def __repr__(self): return b'rx'
class AX:
    def __getattr__(self, name): raise KeyError('no ' + name)
class IX:
    def __getitem__(self, k): return ('item', k)
class NX:
    __format__ = None
    def __repr__(self): return 'NX()'
class FS:
    def __format__(self, spec): return StrSub('fs:' + spec)
class PR:
    @property
    def boom(self): raise RuntimeError('boom')
class Up(Formatter):
    def get_value(self, key, args, kwargs):
        if key == 'k': return 'special-k'
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == 'u': return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec): return '<' + super().format_field(value, spec) + '>'
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        if len(used) != len(args) + len(kwargs): raise ValueError('unused: %d of %d' % (len(used), len(args) + len(kwargs)))
class BoolSub:
    def __bool__(self): return True
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
v, x, n, w, p, a = 12.5, 'xs', -3, 10, 2, 'aa'
def t(e):
    try:
        r = eval(e)
        print(e, "->", ascii(r)[:300])
    except Exception as ex:
        print(e, "!!", type(ex).__name__, ascii(str(ex))[:300])
''' + "\n".join(lines) + "\n")
