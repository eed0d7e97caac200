import random, sys
# dis and marshal: dis.dis/dis.Bytecode/get_instructions/code_info/findlinestarts/findlabels
# over random small functions (exec'd from source, so each line is reproducible), and marshal.dumps/
# loads round trips at versions 0-4 of random nested values (shared and recursive ones, code
# objects, sets, big ints, floats, complex, slices refused) plus loads of truncated and corrupted
# data (the EOFError/ValueError/TypeError messages). One line per call: the result's ascii() or the
# exception's type and message. marshal.dumps bytes are printed at versions 0-2 only: from version 3
# CPython flags an object for reference when its reference count is above 1, which dislab (without
# reference counts) models for code objects but cannot know for a runtime value (a temporary is not
# flagged); versions 3-4 are compared through what loads gives back. Sets hold only ints and floats
# (the order of strs follows the hash seed, None's hash its address, tuples' the word size); no
# dis.stack_effect (the oracle's build has no _opcode).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 505)


def r(a, b):
    return random.randint(a, b)


EXPRS = ["a", "b", "a + b", "a[b]", "a.b", "f(a, *b)", "f(a, k=b)", "[a, *b]", "{a: b, **c}", "(a, b)", "a if b else c", "not a", "-a", "a < b < c",
         "lambda x: x + a", "[x for x in a if x]", "{x: y for x, y in a}", "(yield a)", "a and b or c", "f'{a!r:>{b}}'", "a @ b", "a ** -1", "1 + 2 * 3",
         "'a' * 3", "(1, 2) + (3,)", "a is None", "b'x'[0]", "a[1:2:3]", "a[::]", "{1, 2, a}", "frozenset()", "...", "2 ** 100", "(a := 3)"]
STMTS = ["x = {e}", "return {e}", "a, *b = {e}", "if {e}:\n{i}    x = 1\n{i}else:\n{i}    x = 2", "for x in {e}:\n{i}    continue", "while {e}:\n{i}    break",
         "try:\n{i}    x = {e}\n{i}except E as err:\n{i}    raise\n{i}finally:\n{i}    pass", "with {e} as w:\n{i}    pass", "del a", "global g\n{i}g = {e}",
         "assert {e}, 'm'", "x += {e}", "a.b = {e}", "a[0] = {e}", "import os.path as p", "from m import (n, o)", "print({e})",
         "match {e}:\n{i}    case [1, *r]:\n{i}        pass\n{i}    case {{'k': v}}:\n{i}        pass\n{i}    case _:\n{i}        pass", "yield from {e}",
         "def inner(q={e}):\n{i}    nonlocal a\n{i}    return q", "class K({e}):\n{i}    z = 1", "raise E from {e}", "x: int = {e}", "x = not {e}"]


def func_src():
    body = []
    for _ in range(r(1, 4)):
        body.append("    " + random.choice(STMTS).format(e=random.choice(EXPRS), i="    "))
    kind = random.choice(["def", "def", "async def"])
    src = f"{kind} f(a, b=1, *c, d, **e):\n" + "\n".join(body) + "\n"
    if kind == "async def":
        src = src.replace("yield from", "await").replace("(yield a)", "(await a)")
    return src


def dis_expr():
    src = func_src()
    return random.choice([
        f"dis_text(mk({src!r}))", f"dis_text(mk({src!r}))", f"[(i.opname, i.arg, noaddr(repr(i.argval)), i.offset, i.starts_line, i.is_jump_target) for i in dis.get_instructions(mk({src!r}))]",
        f"noaddr(dis.code_info(mk({src!r})))", f"list(dis.findlinestarts(mk({src!r}).__code__))", f"noaddr(dis.Bytecode(mk({src!r})).dis())",
        f"list(mk({src!r}).__code__.co_lines())", f"dis.findlabels(mk({src!r}).__code__.co_code)",
        f"dis_text(compile({random.choice(EXPRS)!r}, 's', {random.choice(['exec', 'eval', 'single'])!r}))",
        f"dis_text({random.choice(['len', '1', 'None', repr('x = 1'), 'b' + repr('d'), 'type', 'C', 'C.m', 'C().m', 'gen()', '(x for x in [])'])})",
        f"noaddr(dis.Bytecode(mk({src!r}), first_line={r(-2, 50)}).dis())[:400]",
    ])


SCALARS = ["0", "1", "-1", "2**31 - 1", "2**31", "-2**31", "2**62", "2**64", "-(2**100)", "2**1000", "1.5", "-0.0", "float('inf')", "float('nan')", "1e300", "1j", "complex(-0.0, 2)",
           "'s'", "''", "'\\u00e9'", "'\\U0001f600'", "'\\ud800'", "'x' * 300", "b''", "b'b'", "bytearray(b'ba')", "None", "True", "False", "...", "StopIteration",
           "(lambda: 1).__code__", "mk('def f(a):\\n    return [a, 2.5]\\n').__code__", "memoryview(b'mv')", "frozenset({1, 2.5})", "set()", "()", "[]", "{}"]


def value(d=0):
    if d > 2 or random.random() < 0.4:
        return random.choice(SCALARS)
    k = r(0, 5)
    items = [value(d + 1) for _ in range(r(0, 3))]
    if k == 0:
        return "[" + ", ".join(items) + "]"
    if k == 1:
        return "(" + "".join(i + ", " for i in items) + ")"
    if k == 2:
        return "{" + ", ".join(f"{random.choice(['1', repr('k'), '2.5', 'None', '(1, 2)', 'b' + repr('x')])}: {i}" for i in items) + "}"
    if k == 3:
        return "frozenset([" + ", ".join(random.choice(['1', '9', '17', '2.5', '-1.5']) for _ in items) + "])"
    if k == 4:
        return f"(lambda v: [v, v, (v,)])({value(d + 1)})"
    return random.choice(["(lambda l: (l.append(l), l)[1])([1])", "(lambda d: (d.__setitem__('s', d), d)[1])({})", "slice(1, 2)", "object()", "[1j, 2j][::-1]", "range(3)", "int", "print", "[[]] * 3"])


RAW = [repr(x.encode('latin-1')) for x in ['', 'N', 'i', 'i\x01\x00\x00', 'z\x05ab', 'r\x00\x00\x00\x00', 'l\x02\x00\x00\x00\x01\x00\x01\x00',
       'l\xff\xff\xff\xff\x01\x00', '(\x02\x00\x00\x00NN', ')\x01N', '[\xff\xff\xff\xffN', 'q', 'g', 'y\x05ab', 's\x01\x00\x00\x00a', '<\x00\x00\x00\x00', '{N0', '{0', 'c\x00',
       'a\x00\x00\x00\x00', '\x00', 'l\x01\x00\x00\x00\x00\x80', 'l\x01\x00\x00\x00\x00\x00', 'f\x03inf', 'f\x031.5', 'f\xff', 'x\x011', 'yabcd', '\xe9\x00\x00\x00\x00',
       'r\x05\x00\x00\x00', '\xa9\x01N', 'u\x02\x00\x00\x00\xff\xfe', 't\x01\x00\x00\x00\x80', 'Z\x02ab', 'A\x01\x00\x00\x00x', 'P\x00\x00\x00\x00', 'R\x00\x00\x00\x00']]
RAW += ['1', 'None', repr('N'), 'bytearray(b' + repr('N') + ')', 'memoryview(b' + repr('T') + ')']


def marshal_expr():
    v = value()
    ver = r(0, 4)
    low = r(0, 2)
    return random.choice([
        f"marshal.dumps({v}, {low})", f"marshal.dumps({v}, {low})", f"rt({v}, {ver})", f"rt({v}, {ver})", f"marshal.loads(marshal.dumps({v}, {ver}))",
        f"marshal.loads(marshal.dumps({v}, {ver})[:{r(-6, 6)}])", f"loads_damaged(marshal.dumps({v}, {ver}), {r(0, 10**6)})",
        f"marshal.loads({random.choice(RAW)})",
        f"marshal.loads(marshal.dumps({v}, {random.choice(['-1', '5', '2**40', '1.5', repr('2'), 'None'])}))", f"marshal.dumps()", f"marshal.loads(b'N', 1)",
        f"(lambda b: (marshal.load(b), marshal.load(b), b.tell()))(io.BytesIO(marshal.dumps({v}, {low}) + marshal.dumps({value()}, {low})))",
        f"(lambda b: (marshal.dump({v}, b, {low}), b.getvalue() == marshal.dumps({v}, {low}))[1])(io.BytesIO())",
        f"marshal.load(io.BytesIO(b''))", f"marshal.dump(1, {random.choice(['1', 'None', 'io.StringIO()'])})",
    ])


GENS = [dis_expr, dis_expr, marshal_expr, marshal_expr, marshal_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 1500):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import dis, marshal, io, random, re
class C:
    def m(self, x): return x + 1
def gen(): yield 1
def mk(src):
    ns = {}
    exec(compile(src, 'gen.py', 'exec'), ns)
    return ns['f']
def dis_text(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    return out.getvalue()
def rt(v, ver):
    b = marshal.dumps(v, ver)
    w = marshal.loads(b)
    return (w == v or (w != w and v != v) or type(w).__name__, type(w).__name__, ver < 3 and marshal.dumps(w, ver) == b)
def noaddr(s):
    return re.sub(' at 0x[0-9a-f]+', ' at 0x', s)
def loads_damaged(b, seed):
    rnd = random.Random(seed)
    b = bytearray(b)
    for _ in range(rnd.randint(1, 3)):
        if b: b[rnd.randrange(len(b))] = rnd.randrange(256)
    try: return ('ok', type(marshal.loads(bytes(b))).__name__)
    except (EOFError, ValueError, TypeError) as e: return (type(e).__name__, str(e))
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
