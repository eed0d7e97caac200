import random, re, sys
# Broken programs for compile(): small valid programs (def, class, lambda, comprehensions,
# f-strings, decorators, async, match, with, try, star-expressions, walrus, keyword arguments,
# global/nonlocal) with a random token deleted, duplicated, swapped with its neighbour, replaced or
# inserted, or their indentation damaged; and targeted invalid constructs (assignment to literals,
# calls and keywords, misplaced `*`, return/yield/await outside functions, break/continue outside
# loops, nonlocal at module level, duplicate arguments, non-default after default, unterminated
# strings and brackets, tab/space mixes, bad f-string expressions, too many nested blocks).
# One line per compile(): the source's repr, then the exception's type, msg, lineno, offset,
# end_lineno, end_offset and text, or "ok" and a CRC of the code objects' co_code, co_consts'
# reprs and co_linetable; warnings compile() issues are printed too.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 61)


def r(a, b):
    return random.randint(a, b)


NAMES = ["a", "b", "x", "y", "f", "g", "self", "_", "match", "case", "print", "T"]
ATOMS = ["a", "b", "x", "1", "0", "2.5", "'s'", "b'b'", "None", "True", "...", "[]", "()", "{}", "1j", "0x1f", "f'{a}'", "'a' 'b'", "r'\\d'"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", "&", "|", "@", "and", "or", "<", "==", "is", "is not", "not in", "in"]


def expr(d=0):
    if d > 2 or random.random() < 0.35:
        return random.choice(ATOMS)
    k = r(0, 15)
    e = lambda: expr(d + 1)
    if k < 3:
        return f"{e()} {random.choice(BINOPS)} {e()}"
    return [
        lambda: f"({e()})",
        lambda: f"[{', '.join(e() for _ in range(r(0, 3)))}]",
        lambda: f"{random.choice(['-', 'not ', '~'])}{e()}",
        lambda: f"lambda {random.choice(['', 'a', 'a, *b', 'a=1, /, b=2', '*, k', '**kw'])}: {e()}",
        lambda: f"{random.choice(['f', 'g', 'x.y', 'x[0]'])}({', '.join(random.choice([e, lambda: 'k=' + e(), lambda: '*' + e(), lambda: '**' + e()])() for _ in range(r(0, 3)))})",
        lambda: f"[{e()} for a in {e()}{random.choice(['', ' if a', ' for b in a'])}]",
        lambda: f"{{{e()}: {e()} for a in {e()}}}",
        lambda: f"({e()} for a in {e()})",
        lambda: f"{{{e()}, *{e()}}}",
        lambda: f"(y := {e()})",
        lambda: f"{e()} if {e()} else {e()}",
        lambda: f"f'{{{e()}!r:>{r(1, 9)}}}{{a=}}'",
        lambda: f"{e()}[{e()}:{e()}]",
    ][k - 3]()


def block(pad, depth):
    return "\n".join(stmt(pad, depth) for _ in range(r(1, 2)))


def stmt(pad, depth):
    p2 = pad + "    "
    if depth > 2:
        k = r(0, 6)
    else:
        k = r(0, 22)
    nxt = lambda: block(p2, depth + 1)
    return [
        lambda: f"{pad}x = {expr()}",
        lambda: f"{pad}{expr()}",
        lambda: f"{pad}a, *b = {expr()}",
        lambda: f"{pad}x.y[0] += {expr()}",
        lambda: f"{pad}del x, y[0]",
        lambda: f"{pad}x: int = {expr()}",
        lambda: f"{pad}assert {expr()}, 'm'",
        lambda: f"{pad}def f(a, b=1, *c, d, e=2, **k):\n{p2}global T\n{nxt()}\n{p2}return {expr()}",
        lambda: f"{pad}@dec\n{pad}@dec.x(1)\n{pad}class C(B, metaclass=M):\n{p2}z = 1\n{nxt()}",
        lambda: f"{pad}if {expr()}:\n{nxt()}\n{pad}elif {expr()}:\n{p2}pass\n{pad}else:\n{nxt()}",
        lambda: f"{pad}for a, b in {expr()}:\n{nxt()}\n{p2}break\n{pad}else:\n{p2}continue" if depth else f"{pad}for a in x:\n{nxt()}",
        lambda: f"{pad}while {expr()}:\n{nxt()}\n{p2}continue",
        lambda: f"{pad}try:\n{nxt()}\n{pad}except (E, F) as e:\n{nxt()}\n{pad}else:\n{p2}pass\n{pad}finally:\n{p2}pass",
        lambda: f"{pad}with open(a) as b, c:\n{nxt()}",
        lambda: f"{pad}with (a as b, c as d):\n{nxt()}",
        lambda: f"{pad}async def g(a, /, b):\n{p2}await {expr()}\n{p2}async for a in b:\n{p2}    pass\n{p2}async with a as b:\n{p2}    yield [a async for a in b]",
        lambda: f"{pad}match {expr()}:\n{p2}case [1, *rest] | (2, *rest):\n{p2}    pass\n{p2}case {{'k': v, **kw}} if v:\n{nxt()}\n{p2}case P(1, a=b) as q:\n{p2}    pass\n{p2}case _:\n{p2}    pass",
        lambda: f"{pad}def outer():\n{p2}v = 1\n{p2}def inner():\n{p2}    nonlocal v\n{p2}    v = yield v\n{p2}return inner",
        lambda: f"{pad}lam = lambda a, *b, c=1, **d: (a, b, c, d)",
        lambda: f"{pad}print(*a, sep='', **k)",
        lambda: f"{pad}if (n := len(a)) > 10: pass",
        lambda: f"{pad}s = f'{{a!r}} {{b:{{w}}.{{p}}}} {{x + 1=}}'",
        lambda: f"{pad}import os.path as p; from . import (a, b as c)",
    ][k]()


def program():
    return block("", 0) + "\n"


TOKEN = re.compile(r"""([rRbBfFuU]{0,2}('''|\"\"\"|'|")(?:\\.|(?!\2).)*?(\2|$))|(\d[\w.]*)|([A-Za-z_]\w*)|(\*\*=|//=|>>=|<<=|\.\.\.|->|:=|[-+*/%@&|^<>=!]=|\*\*|//|<<|>>|[-+*/%@&|^~<>=.,:;()\[\]{}])|(\n)|([ \t]+)|(#.*)|(.)""")
POOL = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", ".", "lambda", "def", "if", "else", "for", "in", "not", "await", "yield",
        "return", "async", "del", "global", "nonlocal", "import", "as", "'", "f'{", "1", "x", "None", ":=", "->", "@", "\\", "\t", "pass", "case", "_",
        "\\\n", "\n", "\n    ", ";", "$", "?", "!", "`", "\u00e9", "\u20ac", "\u4e2d", "\u200b", "\x0c", "\r", "1.", "0x", "1e", '"""', '"', "f'{a!r:{b}}'",
        "rb'\\x'", "\u212b", "\u0660", "#", "class", "try", "except", "finally", "with", "while", "break", "continue", "raise", "from", "is", "and"]


def mutate(src):
    toks = [m.group(0) for m in TOKEN.finditer(src)]
    real = [i for i, t in enumerate(toks) if not t.isspace()]
    for _ in range(random.choice([1, 1, 1, 2, 2, 3, 4])):
        i = random.choice(real) if real else 0
        k = r(0, 7)
        if k == 0:
            toks[i] = ""
        elif k == 1:
            toks[i] = toks[i] + " " + toks[i]
        elif k == 2:
            j = real[min(real.index(i) + 1, len(real) - 1)]
            toks[i], toks[j] = toks[j], toks[i]
        elif k in (3, 4):
            toks[i] = random.choice(POOL)
        elif k == 5:
            toks[i] = toks[i] + " " + random.choice(POOL)
        elif k == 6:
            # indentation: one line's leading blanks changed (a tab, one space more or less)
            lines = "".join(toks).split("\n")
            j = r(0, len(lines) - 1)
            lines[j] = random.choice(["\t", " ", "", "  \t"]) + lines[j].lstrip(" ") if r(0, 1) else lines[j][1:]
            return "\n".join(lines)
        else:
            return "".join(toks[:i])  # the rest cut off: unterminated brackets, blocks, strings
    return "".join(toks)


TARGETED = [
    "1 = x", "'s' = x", "None = 1", "True += 1", "f() = 1", "f() += 1", "x + 1 = 2", "(a, 1) = x", "[a, f()] = x", "del f()", "del 1", "del (a, 1)",
    "for 1 in x: pass", "for f() in x: pass", "with a as 1: pass", "with a as f(): pass", "[x for 1 in y]", "(yield) = 1", "lambda: 1 = 1",
    "a if b else c = 1", "x = yield = 1", "not x = 1", "x and y = 1", "{a: b} = 1", "{a} = 1", "f'{a}' = 1", "... = 1", "__debug__ = 1",
    "def f(__debug__): pass", "x.__debug__ = 1", "del __debug__", "(a := 1) = 2", "a := 1", "(a.b := 1)", "(a[0] := 1)", "[i := 0 for i in x]",
    "[x for x in (y := [1])]", "class C:\n    [(z := 1) for a in b]", "def f(x=(y := 1)): pass", "f(a=1, a=2)", "f(a=1, b)", "f(**a, *b)",
    "f(a for a in b, c)", "f(c, a for a in b)", "f(a=1 for a in b)", "f(x.y=1)", "f(True=1)", "f(1=2)", "*a = 1", "*a, *b = 1", "a = *b",
    "print(*)", "print(**)", "[*]", "x = *a, *b", "del *a", "del *a, b", "return *a", "f(*a=1)", "{**a: 1}", "{*a: 1}", "{a: *b}", "{a: **b}",
    "[**a]", "(*a)", "a[*b]", "a[*b:1]", "x = (*a for a in b)", "return 1", "yield 1", "await x", "x = [await y for y in z]", "async for a in b: pass",
    "async with a: pass", "class C:\n    return 1", "class C:\n    yield 1", "def f():\n    class C:\n        yield 1", "lambda: (yield)",
    "def f():\n    x = [(yield) for a in b]", "def f():\n    x = {a: (yield) for a in b}", "def f():\n    await x", "async def f():\n    yield from x",
    "async def f():\n    return 1\n    yield 2", "def f():\n    lambda: await x", "async def f():\n    lambda: await x", "break", "continue", "if x:\n    break",
    "class C:\n    break", "for a in b:\n    def f():\n        break", "while x:\n    class C:\n        continue", "for a in b:\n    try:\n        pass\n    finally:\n        continue",
    "nonlocal x", "class C:\n    nonlocal x", "def f():\n    nonlocal x", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f(x):\n    global x", "def f():\n    x = 1\n    global x", "def f():\n    print(x)\n    global x", "def f():\n    global x\n    global x",
    "def f():\n    x: int\n    global x", "def f():\n    global x\n    x: int = 1", "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f(x):\n    def g():\n        nonlocal x\n        x: int = 1", "def f(a, a): pass", "def f(a, *, a): pass", "def f(a, **a): pass", "lambda a, a: 1",
    "def f(a, *a): pass", "def f(a=1, b): pass", "def f(a=1, /, b): pass", "lambda a=1, b: 1", "def f(*, a=1, b): pass", "def f(*): pass",
    "def f(*, **k): pass", "def f(**k, a): pass", "def f(**k, *a): pass", "def f(/, a): pass", "def f(a, /, /): pass", "def f(*a, /): pass",
    "def f(a, *, /): pass", "lambda *: 1", "lambda /: 1", "def f(a=1, *, b, c=2, d): pass", "def f(a: int = 1, b: str): pass",
    "class C(x for x in y): pass", "class C(a=1, a=2): pass", "@x = 1\ndef f(): pass", "@\ndef f(): pass", "@x\n", "@x\nx = 1",
    "'abc", "'''abc", "\"abc\n\"", "b'\u00e9'", "'\\N{NOPE}'", "'\\N{'", "'\\x1'", "b'\\x1'", "u'a' b'b'", "'a' b'b'", "f'{'", "f'}'", "f'{}'",
    "f'{ }'", "f'{a!}'", "f'{a!x}'", "f'{a:{b:{c}}}'", "f'{a:{b:{c:{d}}}}'", "f'{#}'", "f'{a#}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*a}'",
    "f'{a=!r:10}'", "f'{a!r=}'", "f'{\\n}'", "f'{a b}'", "f'{a:=1}'", "f'{(a:=1)}'", "f'{)}'", "f'{(}'", "f'{]}'", "f'{a['b']}'", "f'''{\n}'''",
    "f'{a}}'", "f'{{}'", "f'{{{a}'", "f'{1:{'", "f'{1:{1'", "f\"{'a' if b else 'c'}\"", "f'{await x}'", "rf'\\{a}'", "fb'x'", "bu'x'",
    "(", ")", "[", "]", "{", "}", "(]", "[)", "{)", "(a, b", "[a, b\n", "{a: b,\n", "f(a,\n", "x = (1,\n2,\n", "a[1:2", "a = [1, 2]]", "a = ((1)",
    "if x:\npass", "if x:\n    pass\n  pass", "if x:\n        a\n    b", "  x = 1", "x = 1\n    y = 2", "if x:\n\ta\n        b", "if x:\n        a\n\tb",
    "if x:\n    a\n\tb", "if x:\n \ta\n\t b", "def f():\n\tif x:\n        pass", "for a in b:\n", "while x:\n# c\n", "try:\n    pass", "try:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass", "else:\n    pass", "elif x:\n    pass",
    "class C\n    pass", "def f()\n    pass", "def f:\n    pass", "if x\n    pass", "for a in b\n    pass", "while x\n    pass", "with a\n    pass",
    "match x:\n    case 1\n        pass", "match x\n    case 1:\n        pass", "match x:\ncase 1:\n    pass", "match x:\n    case 1:\n    pass",
    "x = 1 if y", "x = 1 if y else", "lambda x: yield", "a b", "a 1", "1 a", "'a' b", "f(a b)", "[a b]", "print 'x'", "print x", "exec 'x'",
    "import a.b as c.d", "from a import b as c.d", "from a import *, b", "from a import (*)", "from import a", "import", "from . import",
    "from a import b,", "from a import (b, c,)", "import a,", "x = 0777", "x = 1__0", "x = 1_", "x = 0b2", "x = 0o8", "x = 0x", "x = 1e", "x = 1.e+",
    "x = 1.5j.real", "x = 1if 1else 2", "x = 0x1for x in y", "x = 1 +", "x = + ", "x = a.", "x = a..b", "x = a.1", "x = ...a", "$", "a ? b", "a!", "`a`",
    "x = 'a' \\\n 'b'", "x = 1 \\ 2", "x = \\", "\\", "a = 1;;", ";", "a = 1; ; b = 2", "if x: if y: pass", "for a in b: def f(): pass", "x = def", "x = class",
    "def f(): return; yield", "x = [a for a in b if c else d]", "x = [a, b for a in c]", "x = {a: b, c for c in d}", "x = {**a for a in b}",
    "x = [*a for a in b]", "x = {*a for a in b}", "(a for a in b) = 1", "f(**a for a in b)", "x = a if b else *c", "x = *a if b else c",
    "a, b += 1", "[a] += 1", "a.b, c = 1", "x: int, y: int = 1, 2", "a, b: int", "(a, b): int", "[a]: int", "x: yield = 1", "def f(x: yield): pass",
    "with (a as b: pass", "with (a, b) as (c, d), e as f(): pass", "with a as (b, c()): pass", "except E: pass", "finally: pass",
    "try:\n    pass\nexcept E, F:\n    pass", "try:\n    pass\nexcept E as e.f:\n    pass", "try:\n    pass\nexcept E as (e):\n    pass",
    "raise E from", "raise from E", "raise E, V", "assert", "assert a,", "del", "global", "nonlocal", "global a,", "def f(): nonlocal a, b,",
    "match x:\n    case a.b():\n        pass\n    case _:\n        pass\n    case 1:\n        pass", "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case f(x=1, x=2):\n        pass", "match x:\n    case [a, a]:\n        pass", "match x:\n    case a | b:\n        pass",
    "match x:\n    case {a: 1}:\n        pass", "match x:\n    case {1: a, 1: b}:\n        pass", "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case 1 + 1:\n        pass", "match x:\n    case -a:\n        pass", "match x:\n    case a as _:\n        pass",
    "match x:\n    case a as 1:\n        pass", "match x:\n    case P(a=1, b):\n        pass", "match x:\n    case {**a, 1: b}:\n        pass",
    "match x:\n    case {**_}:\n        pass", "match x:\n    case f'a':\n        pass", "match x:\n    case 1j + 1:\n        pass",
    "match x:\n    case (a, *_, b, *c):\n        pass", "match x:\n    case P(*a):\n        pass", "match x:\n    case *a:\n        pass",
    "match x, *y:\n    case 1:\n        pass", "match *x:\n    case 1:\n        pass", "match x:\n    pass", "match x:\n    case 1:\n        pass\n    x = 1",
    "def f(a, b, c=1, *, d, **e) -> : pass", "def f() -> int: -> int", "async x = 1", "async lambda: 1", "await = 1", "async = 1", "def async(): pass",
    "x = [a async for a in b]", "async def f():\n    x = [a for a in b async for c in d]\n    def g(): [a async for a in b]", "async def f():\n    (a async for a in b)",
    "def f():\n    return [x async for x in y]", "def f():\n    yield from", "def f():\n    x = yield from", "def f():\n    yield = 1",
    "def f(): ...\nf(**{}, *[])", "f(a, *b, c=1, **d, e)", "f(a=1, *b, c)", "f(a, b for b in c, d)", "f(x, (a for a in b) for c in d)",
    "class C:\n    def f(self):\n        super = 1\n        __class__ = 2", "def f():\n    __class__ = 1\n    def g(): __class__", "x = __peg_parser__",
    "print(1 if 2 else 3 if 4)", "a = 1 = 2", "a = b = c += 1", "a, = b, = 1", "(a) = 1", "((a)) = 1", "((a), (b)) = 1", "(*a) = 1", "[*a] = 1",
    "x = '\\u12'", "x = b'\\u1234'", "x = '\\U110000'", "x = '\\777'", "x = '\\q'", "x = b'\\q'", "'\\8'", "x = 1 is 1", "x = 'a' is not b", "x = 1 == 1 is 2",
    "x = (1)(2)", "x = [1](2)", "x = (1, 2)(3)", "x = {1}(2)", "x = 'a'(2)", "x = f'a'(2)", "x = ...(1)", "x = (1)[2]", "x = 1[2]", "x = 'a'[1]",
    "x = {1: 2}[3]", "x = (1, 2)['a']", "x = [1]['a']", "x = 1 [2]", "x = [(1, 2) (3, 4)]", "x = [[1, 2] [3, 4]]", "assert (a, 'm')", "assert ()",
    "x = 1 if x else 2\nif (a, b): pass", "x = (a, b) is ()", "x = 1.0 is 1", "x = None is 1", "x = 0 is not None",
]


# A fragment (often invalid) put in a context: which error pegen picks depends on both (the rules
# tried around the hole, left-recursive rules growing their seed, loops that drop an item's error).
CONTEXTS = [
    "{}", "x = {}", "x = ({})", "x = [{}]", "x = {{{}}}", "x = ({}, 1)", "x = (1, {})", "f({})", "f(a, {})", "f(k={})", "f(*{})", "f(a)({})",
    "x[{}]", "x[1:{}]", "x[1, {}]", "x.y[{}] = 1", "{} = 1", "a, {} = 1", "[a, {}] = 1", "del {}", "del a, {}", "for {} in x: pass",
    "for a in {}: pass", "with {}: pass", "with a as {}: pass", "with (a, {}): pass", "if {}: pass", "while {}: pass", "assert {}",
    "return {}", "def f(a={}): pass", "def f(a: {}): pass", "def f() -> {}: pass", "lambda: {}", "lambda a={}: 1", "class C({}): pass",
    "@{}\ndef f(): pass", "x = {} if a else b", "x = a if {} else b", "x = not {}", "x = -{}", "x = a + {}", "x = {} + a", "x = a < {}",
    "x = a and {}", "x = [{} for a in b]", "x = [a for a in {}]", "x = [a for a in b if {}]", "x = {{a: {} for a in b}}", "x = ({} for a in b)",
    "x = f'{{{}}}'", "x = f'{{a:{{{}}}}}'", "x = (y := {})", "x: {} = 1", "x += {}", "print({}, sep='')", "import a; {}",
    "match {}:\n    case 1: pass", "match x:\n    case 1 if {}: pass", "global a; {}", "try:\n    {}\nexcept: pass", "raise {}",
    "raise a from {}", "yield {}", "await {}", "async def f():\n    await {}", "def f():\n    yield {}", "x = {}; y = 2",
    "def f({}): pass", "def f(*, {}): pass", "lambda {}: 1", "class C(a, {}): pass", "for x in a, {}: pass", "try: {}\nexcept: pass",
    "if x: pass\nelif {}: pass", "with a, {}: pass", "while x: {}", "x = {{a: b, {}}}", "x = {{a: {}}}", "x = {{**a, {}}}", "f(*a, {})",
    "f(**a, {})", "f(a=1, {})", "x = a[{}:]", "match x:\n    case {}: pass", "match x:\n    case [a, {}]: pass",
    "match x:\n    case P(a=1, {}): pass", "match x:\n    case {{1: {}}}: pass", "x = f'{{a}}{{{}!r}}'", "async def f():\n    async with {}: pass",
    "async def f():\n    [a async for a in {}]", "def f():\n    nonlocal {}", "x = {} {}", "for {} in {}:\n    pass\nelse: {}",
]
FRAGMENTS = [
    "a = 1", "a.b = 1", "a[0] = 1", "1 = a", "True = 1", "f() = 1", "a := 1", "a.b := 1", "(a := 1)", "*a", "**a", "*a, b", "a, *b", "yield",
    "yield a", "await a", "a b", "a 1", "1 a", "a if b", "a if b else", "lambda: 1 = 2", "lambda a, a: 1", "lambda a=1, b: 1", "x for x in y",
    "x for x in y if", "[x for x in y", "(a, b", "a)", "f(a=1, b)", "f(**a, *b)", "f(a for a in b, c)", "f(True=1)", "f(a.b=1)", "a, b for b in c",
    "{a: *b}", "{**a: b}", "[**a]", "a not b", "a is not not b", "not", "a +", "- ", "...", "a...b", "a..b", "'a' 'b' f'{c'", "f'{a!x}'", "f'{}'",
    "1__0", "0b12", "1e+", "0777", "'abc", "a\\", "a;", "a = b = ", "del a = 1", "import a", "pass", "def", "class", "from x import *", "a: int",
    "global a", "nonlocal a", "return", "break", "continue", "case", "match", "_", "__debug__", "__debug__ = 1", "None", "print 'x'", "(a)(b) = 1",
    "a < b = 1", "a and b = 1", "-a = 1", "(a, b) = 1, 2", "[a, b] := 1", "a[b, c for c in d]", "a(*)", "a(**)", "a(*, b)", "(*a)", "*a = 1",
    "a, *b, *c = 1", "{**a for a in b}", "[*a for a in b]", "{*a for a in b}", "(yield) = 1", "f'{a=}' = 1", "1if 2else 3", "0x1for",
]


# String literals with escapes, valid and not, and characters beyond ASCII (the codec's error
# positions count those as CPython spells them for it), in every prefix.
ESCAPES = ["\\q", "\\N{DASH}", "\\N{NOPE}", "\\N{", "\\N", "\\x4", "\\x41", "\\u12", "\\u1234", "\\U0010ffff", "\\U00110000", "\\777", "\\400",
           "\\8", "\\0", "\\\n", "\\'", "\\\\", "\\d", "\u00e9", "\\\u00e9", "\\ ", "{", "}", "\\{", "{a}", "{a!r:>{w}}", "\U0001f600", "\u20ac", "a", " ",
           "{\u00e9 b}", "{\u00e9!x}", "{\u4e2d + }", "{\u00e9:{\u00e9 b}}", "{\u00e9 = 1}"]


NUMBER_PARTS = ["0", "1", "7", "8", "9", "_", "x", "X", "o", "b", "e", "E", "+", "-", ".", "j", "a", "f", "L", " ", "if", "in", "and", "or",
                "not", "else", "for", "is", "\u00e9", "\u0660"]


def literal():
    if r(0, 1):
        # a number run into letters, keywords, underscores and signs
        n = random.choice(["0", "1", "9", ".", "0x", "0o", "0b", "1e", "1_", "0_"]) + "".join(random.choice(NUMBER_PARTS) for _ in range(r(0, 4)))
        return random.choice(["", "x = ", "f(", "[1, ", "x = 1 + "]) + n + random.choice(["", ")", "]", " + 1", " y"]) + "\n"
    body = "".join(random.choice(ESCAPES) for _ in range(r(1, 4)))
    q = random.choice(["'", "'''"])
    s = random.choice(["", "b", "r", "rb", "u", "f", "rf", "br"]) + q + body + q
    return random.choice(["", "x = ", "x = 1\ny = "]) + s + random.choice(["", " 'z'", " f'{a}'"]) + "\n"


def in_context():
    c = random.choice(CONTEXTS)
    return c.format(*(random.choice(FRAGMENTS) for _ in range(c.count("{}")))) + "\n"


# Statements that are errors in some scopes only (the symbol table's, the compiler's): several in
# random nestings, so that which error wins (the symbol table runs first, then the compiler in
# order) and where it is reported are compared.
MISPLACED = [
    "return 1", "return", "yield 1", "x = yield", "await x", "break", "continue", "nonlocal v", "global v", "v = 1", "del v", "print(v)",
    "v: int = 1", "v: int", "x = [v for v in y]", "x = [(yield) for a in b]", "x = [await a for a in b]", "x = [a async for a in b]",
    "async for a in b: pass", "async with a: pass", "x = lambda: (yield)", "x = lambda: await a", "(v := 1)", "[v := 1 for v in y]",
    "[(v := 1) for a in y]", "__class__", "super()", "from m import *", "import m", "def v(): pass", "class v: pass", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
    "for a in b:\n    pass\nelse:\n    break", "while x:\n    try:\n        pass\n    finally:\n        continue", "with a as v: pass", "x = {**a for a in b}",
    "x = *a", "a, *b, *c = d", "*a = b", "del *a", "f(**a, *b)", "f(a=1, a=2)", "def f(a, a): pass", "lambda a, *, a: 1", "__debug__ = 1",
    "x = [i for i in range(3) if (j := i)]", "class C:\n    [(j := i) for i in x]", "x = {(yield): 1}", "assert (a, 'b')", "x = 1 is 1",
]


def scoped(depth=0):
    lines = []
    for _ in range(r(1, 3)):
        k = r(0, 9) if depth < 3 else 9
        pad = "    "
        inner = lambda: "\n".join(pad + line for line in scoped(depth + 1).split("\n"))
        if k == 0:
            lines.append(random.choice(["def f(v=1):", "async def f():", "def f():"]) + "\n" + inner())
        elif k == 1:
            lines.append("class K:\n" + inner())
        elif k == 2:
            lines.append(random.choice(["for a in b:", "while x:", "async for a in b:"]) + "\n" + inner())
        elif k == 3:
            lines.append("try:\n" + inner() + "\n" + random.choice(["finally:", "except E:", "except:"]) + "\n" + inner())
        elif k == 4:
            lines.append(random.choice(["with a:", "if x:", "async with a:"]) + "\n" + inner())
        elif k == 5:
            lines.append("match x:\n    case 1:\n" + "\n".join("        " + line for line in scoped(depth + 1).split("\n")))
        else:
            lines.append(random.choice(MISPLACED))
    return "\n".join(lines)


def nested(kind, n):
    pad = ""
    out = []
    for i in range(n):
        out.append(pad + {"for": f"for a{i} in b:", "while": "while x:", "if": "if x:", "try": "try:", "with": f"with a{i}:", "def": f"def f{i}():", "paren": ""}[kind])
        pad += " "
    out.append(pad + "pass")
    return "\n".join(out) + "\n"


def special():
    k = r(0, 5)
    if k == 0:
        return nested(random.choice(["for", "while", "try", "with"]), r(19, 22))
    if k == 1:
        return nested(random.choice(["if", "def"]), r(98, 101))
    if k == 2:
        n = r(198, 201)
        return "x = " + "(" * n + "1" + ")" * n + "\n"
    if k == 3:
        n = r(198, 201)
        return "x = " + "[" * n + "]" * n + "\n"
    if k == 4:
        return "x = " + " + ".join(["1"] * r(1, 5)) + "\n" + "\n" * r(0, 2) + random.choice(TARGETED)
    return "def f():\n" + "\n".join("    " + line for line in random.choice(TARGETED).split("\n")) + "\n"


HEADS = [b"", b"# -*- coding: latin-1 -*-\n", b"# coding: utf-8\n", b"\xef\xbb\xbf", b"# coding: nope\n", b"#!x\n# vim: set fileencoding=cp1252 :\n",
         b"\xef\xbb\xbf# coding: latin-1\n", b"\n\n# coding: latin-1\n"]


def case():
    k = random.random()
    if k < 0.05:
        # bytes: a coding cookie, a BOM, bytes that are not UTF-8
        body = random.choice([program(), mutate(program()), random.choice(TARGETED) + "\n"])
        data = body.encode("utf-8")
        if r(0, 2) == 0:
            i = r(0, len(data))
            data = data[:i] + random.choice([b"\xe9", b"\xff\xfe", b"\xc3", b"\x00", b"\xed\xa0\x80"]) + data[i:]
        return random.choice(HEADS) + data
    if k < 0.35:
        return mutate(program())
    if k < 0.42:
        return program()
    if k < 0.65:
        return in_context()
    if k < 0.75:
        return scoped() + "\n"
    if k < 0.8:
        return literal()
    if k < 0.9:
        t = random.choice(TARGETED)
        return t + random.choice(["\n", "", "\n\n", "  # c\n"])
    return special()


# "codeop": codeop.compile_command(src, '<s>', 'single'), the console's test for incomplete input
MODES = ["exec"] * 8 + ["single", "eval", "codeop"]
# 0, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT; a feature_version goes through ast.parse
FLAGS = [0] * 12 + [0x400, 0x1000, 0x2000, 0x2000]
cases = []
for _ in range(1500):
    src = case()
    mode = random.choice(MODES)
    nl = b"\n" if isinstance(src, bytes) else "\n"
    if mode == "codeop" and not isinstance(src, bytes):
        src = src[:r(0, len(src))]  # a prefix: what a console has read so far
    elif mode != "exec" and nl in src.rstrip(nl):
        mode = "exec"
    fv = random.choice([None] * 14 + [(3, 4), (3, 6), (3, 7), (3, 8), (3, 9)])
    if isinstance(src, bytes) and fv is not None and fv < (3, 7):
        fv = None  # `async` before a name that is not UTF-8 is a SystemError in CPython (README)
    cases.append((src, mode, random.choice(FLAGS), fv))

print("""import ast, codeop, warnings, zlib
def codes(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from codes(c)
def digest(co):
    h = 0
    for c in codes(co):
        h = zlib.crc32(c.co_code + c.co_linetable + repr([k for k in c.co_consts if not hasattr(k, 'co_code')]).encode(), h)
        h = zlib.crc32(repr((c.co_names, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_stacksize, c.co_flags)).encode(), h)
    return '%08x' % h
def crc_ast(tree):
    return 'ast %08x' % zlib.crc32(ast.dump(tree, include_attributes=True).encode())
def corrupt(src, seed):
    # one node of src's AST damaged, as a hand-made tree may be: compile() validates it
    import random
    rnd = random.Random(seed)
    tree = ast.parse(src)
    nodes = [n for n in ast.walk(tree) if n._fields]
    node = nodes[rnd.randrange(len(nodes))]
    field = node._fields[rnd.randrange(len(node._fields))]
    old = getattr(node, field, None)
    k = rnd.randrange(9)
    if k == 0 and (old is None or isinstance(old, list)):
        # None for a list; a required node field set to None is undefined behaviour in CPython
        # 3.10 (obj2ast leaves NULL, which the validator reads)
        new = None
    elif k == 0:
        new = rnd.choice(['', 1])
    elif k == 1:
        new = [] if isinstance(old, list) else [old]
    elif k == 2:
        new = rnd.choice([ast.Load(), ast.Store(), ast.Del()])
    elif k == 3:
        new = rnd.choice([ast.Pass(), ast.Name(id='q', ctx=ast.Load()), ast.Constant(value=1), ast.arg(arg='a'), ast.Starred(value=ast.Name(id='q', ctx=ast.Load()), ctx=ast.Load())])
    elif k == 4:
        new = rnd.choice(['', 'None', 'True', 'a b', 1, b'x'])
    elif k == 5:
        new = rnd.choice([[1], {1}, frozenset({1, 2}), (1, [2]), ..., 1j, b'x', 'str', 2 ** 80, -1, 2])
    elif k == 6:
        new = [old, old] if not isinstance(old, list) else old + old[:1]
    elif k == 7:
        new = ast.Constant(value=rnd.choice([None, 1, 'a', (1,)]))
    else:
        for a in ('lineno', 'end_lineno', 'col_offset'):
            if hasattr(node, a) and rnd.randrange(2):
                delattr(node, a)
        new = old
    setattr(node, field, new)
    return tree, type(node).__name__ + '.' + field
def run_ast(src, seed):
    try:
        tree, where = corrupt(src, seed)
    except SyntaxError:
        return
    try:
        compile(tree, '<ast>', 'exec')
        res = 'ok'
    except SyntaxError as e:
        res = '%s %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        res = '%s %r' % (type(e).__name__, str(e))
    print('ast', seed, where, '->', res)
def run(src, mode, flags, fv):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            if mode == 'codeop':
                co = codeop.compile_command(src, '<s>', 'single')
                res = 'incomplete' if co is None else 'ok ' + digest(co)
            elif fv is not None:
                res = crc_ast(ast.parse(src, '<s>', mode, feature_version=fv))
            else:
                co = compile(src, '<s>', mode, flags)
                res = crc_ast(co) if flags & ast.PyCF_ONLY_AST else 'ok ' + digest(co)
        except SyntaxError as e:
            res = '%s %r %r %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
        except Exception as e:
            res = '%s %r' % (type(e).__name__, str(e))
    for w in ws:
        res += ' | %s %r %r' % (w.category.__name__, str(w.message), w.lineno)
    print(ascii(src), mode, flags, fv, '->', res)""")
for src, mode, flags, fv in cases:
    print(f"run({src!r}, {mode!r}, {flags}, {fv!r})")
for _ in range(300):
    print(f"run_ast({program()!r}, {r(0, 10 ** 6)})")
