# Cases for dislab's SRE engine: for each (pattern, flags, subject) the code array that
# sre_compile makes and what re does with it (search, match, fullmatch, finditer, with pos/endpos),
# as JSON lines. Sources: the (pattern, subject) pairs of Lib/test/re_tests.py (re_tests.json,
# passed in as RE_TESTS), regexes of the
# standard library, and random patterns. Usage: gen_sre.py SEED COUNT  (COUNT random patterns).
import json, random, re, sre_compile, sre_parse, sys

def regs(m):
    if m is None:
        return None
    return [list(m.regs), m.lastindex]

def run(p, flags, s, pos=None, endpos=None):
    try:
        code = sre_compile._code(sre_parse.parse(p, flags), flags)
        r = re.compile(p, flags)
    except (re.error, OverflowError, RecursionError, ValueError, TypeError, RuntimeError):
        return None
    args = [s] + ([] if pos is None else [pos]) + ([] if endpos is None else [endpos])
    try:
        out = {
            "search": regs(r.search(*args)),
            "match": regs(r.match(*args)),
            "fullmatch": regs(r.fullmatch(*args)),
            "iter": [regs(m) for m in r.finditer(*args)],
        }
    except (RecursionError, OverflowError):
        return None
    subj = list(s) if isinstance(s, bytes) else [ord(c) for c in s]
    return {"p": p if isinstance(p, str) else list(p), "f": flags, "b": isinstance(s, bytes), "s": subj,
            "pos": pos, "endpos": endpos, "groups": r.groups, "code": code, "out": out}

def emit(case):
    if case is not None:
        print(json.dumps(case))

def from_re_tests(tests):
    for t in tests:
        p, s = t
        for flags in (0, re.I, re.M | re.S, re.A | re.I):
            emit(run(p, flags, s))
        try:
            pb, sb = p.encode("latin-1"), s.encode("latin-1")
        except UnicodeEncodeError:
            continue
        for flags in (0, re.I):
            emit(run(pb, flags, sb))

STDLIB = [
    # json.decoder, json.encoder
    (r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', ['-12.5e+3', '0', 'x1', '12.']),
    (r'[ \t\n\r]*', ['  \n x', '']),
    (r'(.*?)(["\\\x00-\x1f])', ['abc"def', 'a\\nb"', 'plain']),
    (r'([\\"]|[^\ -~])', ['a"b\\c\u00e9', 'ok']),
    # textwrap
    (r'''
        ( # any whitespace
          [ \t\n\x0b\x0c\r]+
        | # em-dash between words
          (?<=[\w!"'&.,?]) -{2,} (?=\w)
        | # word, possibly hyphenated
          [^ \t\n\x0b\x0c\r]+? (?:
            # hyphenated word
              -(?: (?<=[^\d\W]{2}-) | (?<=[^\d\W]-[^\d\W]-))
              (?= [^\d\W] -? [^\d\W])
            | # end of word
              (?=[ \t\n\x0b\x0c\r]|\Z)
            | # em-dash
              (?<=[\w!"'&.,?]) (?=-{2,}\w)
            )
        )''', ['Hello there, how are-you? well--fine. a-b-c', 'look, goof-ball -- use the -b option!']),
    (r'^[ \t]+$', ['   ', ' x ']),
    (r'(^[ \t]*)(?:[^ \t\n])', ['  hello\n\tworld\n']),
    # string.Template
    (r'''\$(?:(?P<escaped>\$)|(?P<named>(?a:[_a-z][_a-z0-9]*))|{(?P<braced>(?a:[_a-z][_a-z0-9]*))}|(?P<invalid>))''', ['$who likes ${what} $$ $', 'no subs']),
    # fnmatch translations
    (r'(?s:.*\.py)\Z', ['abc.py', 'abc.pyc', 'x\n.py']),
    (r'(?s:[a-c]x.*)\Z', ['bx', 'dx', 'cxyz']),
    # tokenize
    (r'[ \f\t]*', ['  \tx']),
    (r'(?:\\\r?\n|\Z)', ['\\\n', '']),
    (r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|(?:0(?:_?0)*|[1-9](?:_?[0-9])*))', ['0x_ff', '0b101', '123_456', '0o17', '00']),
    (r'''(?:[a-zA-Z_]\w*|(?:\*\*=?|>>=?|<<=?|!=|//=?|->|[+\-*/%&@|^=<>]=?|~)|[][(){}]|\r?\n|[:;.,`@])''', ['a+=1', '->', '**=']),
    (r'[^\n\'\\]*(?:\\.[^\n\'\\]*)*\'', ["abc\\'def'", "x"]),
    (r'[^\'\\]*(?:(?:\\.|\'(?!\'\'))[^\'\\]*)*\'\'\'', ["ab'c'''", "''"]),
    # email, http.cookies, urllib, ipaddress, shlex-ish
    (r'[\x00-\x1f\x7f]', ['ok', 'ba\x01d']),
    (r'\s*(?P<key>[\w\d!#%&\'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=]+?)(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT|[\w\d!#%&\'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\=\[\]]*))?\s*(\s+|;|$)', ['a=b; c="d\\"e"; expires=Wed, 09 Jun 2021 10:18:14 GMT', 'k']),
    (r'^(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?', ['http://a/b?c#d', 'mailto:x@y', '/p']),
    (r'%([0-9a-fA-F]{2})', ['a%20b%zz%2F']),
    (r'\b(\w+)\s+\1\b', ['the the cat', 'Paris in the the spring', 'no dup']),
    (r'(?i)\bFOO\b|(?<!\w)bar(?!\w)', ['foo Bar BAR food', 'xbarx bar']),
    (r'(?x) (?P<a> a+ ) | (?P<b> b+ ) (?(a) x | y )', ['aaay', 'bby', 'bbx']),
    (r'(\d+)-(\d+)-(\d+)|(\w+)@(\w+)\.com', ['2020-01-02 and me@host.com']),
    (r'(?m)^\s*#.*$', ['x = 1\n  # comment\n#two\n']),
    (r'(?s)<(\w+)[^>]*>(.*?)</\1>', ['<a href="x">t<b>u</b></a> <i>\n</i>']),
    (r'(a|ab)(c|bcd)(d*)', ['abcd']),
    (r'((a)|b)*', ['ab', 'ba', 'aab']),
    (r'(a*)*b', ['aaab', 'aaa']),
    (r'(?:(a)|(b))+', ['abab', 'ba']),
    (r'(a+|b+)*?c', ['aabbc']),
    (r'(?i)straße|ǅ|K|ſ', ['STRASSE straße ǆ Ǆ ǅ k K s ſ S']),
    (r'(?i)[a-z]+|[α-ω]+', ['ΑΒγ δ Ab ſK']),
    (r'[\u0100-\u01ff\U0001F600-\U0001F64F]+', ['xĀāǿ😀😃y']),
    (r'(?i)[\u0100-\u01ff]', ['ǅ', 'x']),
    (r'\w+|\W+', ['héllo wörld_٣ ²³', 'Ǆ日本']),
    (r'\d+', ['١٢٣ 123 ²']),
    (r'(?a)\w+|\s+', ['héllo \x1c wörld']),
    (r'\s+', ['a\x1c\x1d\x1e\x1f\x85\u2028b']),
    (r'(?u)\bé', ['é éa aé']),
    (r'x*', ['axxb', '']),
    (r'|a', ['aa']),
    (r'\b|\B', ['ab cd']),
    (r'(?<=a)b|(?<!c)d', ['ab cd ed']),
    (r'(?=(\w+))\w', ['abc de']),
]

def from_stdlib():
    for p, subjects in STDLIB:
        for s in subjects:
            for flags in (0, re.I):
                emit(run(p, flags, s))
                emit(run(p, flags, s, 1, len(s) - 1))

# A group's MARK at the start of a tail that fails at its first character still writes that
# group's mark (it stays after backtracking): the engine skips such tails without running them.
MARK_TAILS = [
    (r'[ab]{1,3}?([^b]+x?([ab])((?:\w*(?=a+b*?)\w*){1,3}?)+?)+?\3+', 0, 'bxabaacca'),
    (r'(?:a(\w{0,2}([ab]+([ab]*?)*)(([ab]x+\w+?a{0,2}|x{0,2})+(?:b{0,2}x*?).{1,3}?|(?:.\w+|c{0,2})c{0,2}\w*)*b?){1,3}?)+'
     r'[ab](b{1,3}?((\2*)?([^b]{1,3}?x+){0,2})+?(?:\w+|b*?)(?:\w?)*?|\2)+?', re.I, 'aacab'),
    # a MIN_REPEAT_ONE that fails as its item does not match after a failed tail keeps the tail's lastmark
    (r'(?=(((?=[^b]{0,2}[^b]+?c*)+([^b]\w+bc)+?)+?(?:b{1,3}?(?:aa[ab]+b)?(.*\w[ab]?a){0,2}x+|c\3?)+){0,2})*'
     r'(?!(b*?)[ab]{1,3}?)', 0, 'bbbbbb'),
]

# Searches for a pattern that starts with a repeat like \w+: a failed attempt at the start of a
# run rules out the rest of the run, unless the pattern refers back to a group.
LEADING_RUNS = [
    (r'(a+)b\1', 0, 'aaabaa'),
    (r'(a+)b(?(1)a|c)a', 0, 'aaabaa'),
    (r'(\w+)-(\w+)', 0, 'word1 foo-bar baz_1 x-'),
    (r'[a-z]+\d+\b', re.I, 'abc Abc1x ab12 c'),
    (r'a+(?<=ba)c', 0, 'baaac bac'),
    (r'(a+)(?=aab)', 0, 'aaaaab'),
    (r'\w+@\w', 0, 'ab cd@ ef@g'),
]

def from_mark_tails():
    for p, flags, s in MARK_TAILS + LEADING_RUNS:
        emit(run(p, flags, s))
        emit(run(p, flags, s, 1))

def from_case_table():
    # every cased code point, as a literal and in a set under IGNORECASE, against its case
    # relatives: exercises sre_compile's case fixes and the engine's simple lower/upper maps
    import _sre
    for c in range(0x1E944):
        if not _sre.unicode_iscased(c):
            continue
        ch = chr(c)
        rel = {ch, chr(c + 1), chr(c - 1)}
        for form in (ch.lower(), ch.upper(), ch.title(), ch.casefold()):
            rel.update(form)
        s = "".join(sorted(rel))
        emit(run(re.escape(ch), re.I, s))
        emit(run("[%s]" % re.escape(ch), re.I, s))
    for lo, hi in ((0x41, 0x17F), (0xC0, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x1E00, 0x1FFF), (0x2C00, 0x2C7F), (0xA640, 0xA7FF), (0x10400, 0x1044F)):
        s = "".join(chr(c) for c in range(lo - 40, hi + 40) if _sre.unicode_iscased(c))
        emit(run("[%s-%s]+" % (chr(lo), chr(hi)), re.I, s))
        emit(run("[^%s-%s]" % (chr(lo), chr(hi)), re.I, s))

ALPHA = "aabbAB_1 \n-"
UNI = "éÉſKkßİıǅǆΣσς٣²"

def quantifier(rng):
    q = rng.random()
    if q < 0.15:
        return "*"
    if q < 0.25:
        return "+"
    if q < 0.32:
        return "?"
    if q < 0.38:
        return "{%d,%d}" % (rng.randint(0, 2), rng.randint(2, 4))
    if q < 0.44:
        return rng.choice(["*?", "+?", "??", "{1,3}?", "{2}"])
    return ""

def rand_pattern(rng, depth=0, qdepth=0):
    # qdepth counts the repeated groups around this point: at most two nest, so that no case
    # backtracks exponentially (the oracle has no time limit)
    n = rng.randint(1, 4)
    parts = []
    for _ in range(n):
        q = quantifier(rng)
        inner = qdepth + (1 if q else 0)
        if inner > 2:
            q, inner = "", qdepth
        sub = lambda: rand_pattern(rng, depth + 1, inner)
        r = rng.random()
        if r < 0.35 or depth > 3:
            atom = rng.choice(["a", "b", "A", "B", ".", "\\w", "\\W", "\\d", "\\s", "[ab]", "[^a]", "[a-c_]",
                               "[\\w-]", "\\n", "1", "é", "ſ", "K", "[Kk]", "[^\\W\\d]", "\\S", "[é-ǆ]", "x"])
        elif r < 0.45:
            atom = rng.choice(["^", "$", "\\A", "\\Z", "\\b", "\\B"])
        elif r < 0.6:
            atom = "(" + sub() + ")"
        elif r < 0.68:
            atom = "(?:" + sub() + ")"
        elif r < 0.74:
            atom = "(?P<g%d>" % rng.randint(0, 99) + sub() + ")"
        elif r < 0.8:
            atom = rng.choice(["(?=", "(?!", "(?<=", "(?<!"]) + rng.choice(["a", "b", "\\w", "ab", "[ab]", "(a)"]) + ")"
        elif r < 0.86:
            atom = "\\%d" % rng.randint(1, 3)
        elif r < 0.9:
            atom = "(?(%d)%s|%s)" % (rng.randint(1, 2), rng.choice(["a", "b", "\\w"]), rng.choice(["b", "", "a+"]))
        else:
            atom = "(?:" + sub() + "|" + sub() + ")"
        parts.append(atom + q)
    p = "".join(parts)
    if rng.random() < 0.15:
        p += "|" + rand_pattern(rng, depth + 1, qdepth)
    return p

def fuzz(seed, count):
    rng = random.Random(seed)
    made = 0
    while made < count:
        p = rand_pattern(rng)
        flags = rng.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A, re.M | re.S | re.I])
        alpha = ALPHA + (UNI if rng.random() < 0.4 else "")
        s = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 12)))
        as_bytes = rng.random() < 0.2
        if as_bytes:
            try:
                p2, s2 = p.encode("latin-1"), s.encode("latin-1")
            except UnicodeEncodeError:
                continue
            if flags & re.A:
                flags &= ~re.A
            if rng.random() < 0.3:
                flags |= re.L
            p, s = p2, s2
        pos = endpos = None
        if rng.random() < 0.2:
            pos = rng.randint(-1, len(s) + 1)
            endpos = rng.randint(-1, len(s) + 1)
        case = run(p, flags, s, pos, endpos)
        if case is not None:
            print(json.dumps(case))
            made += 1

if __name__ == "__main__":
    seed, count = int(sys.argv[1]), int(sys.argv[2])  # and --cases for the case table
    if "RE_TESTS" in globals():
        from_re_tests(RE_TESTS)
    from_stdlib()
    from_mark_tails()
    if "--cases" in sys.argv:
        from_case_table()
    fuzz(seed, count)
