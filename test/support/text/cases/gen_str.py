# Bulk cases for str and bytes methods, answered by a local CPython 3.10:
#   python3.10 gen_str.py SEED COUNT > cases.jsonl; check with check-str.ts
import json, random, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
ALPH = ['a', 'b', 'A', 'B', ' ', '\t', '\n', '\r', '\x0b', '\x1c', '\x1e', '\x85', '\u2028', '\u3000', '\xa0', 'ab', 'ba', 'aa',
        '\u00df', '\u03a3', '\u03c3', "'", '.', '-', '+', '0', '1', '\u0663', '\u00bd', '\u2460', 'x', 'y', '\U0001f600', '\U00010400',
        '\u0130', '\u01c5', '\u1e9e', '\ufb01', 'i', 'I', '\u0345', '\u0307', ':', '\u02b0', '_', '\u00b2', 'j', '\t\t', 'é', 'É']

def rs(n=None):
    return ''.join(rng.choice(ALPH) for _ in range(rng.randint(0, 10) if n is None else n))

def ri():
    return rng.choice([None, rng.randint(-12, 12), rng.randint(-12, 12), 0, 100, -100])

def answer(f):
    try:
        v = f()
        if isinstance(v, (bytes, bytearray)): v = {"b": v.hex()}
        elif isinstance(v, (list, tuple)): v = [{"b": x.hex()} if isinstance(x, bytes) else x for x in v]
        return {"out": v}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

STR_OPS = ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'replace', 'split', 'rsplit', 'splitlines',
           'partition', 'rpartition', 'strip', 'lstrip', 'rstrip', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'lower',
           'upper', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric',
           'isspace', 'isidentifier', 'isprintable', 'istitle', 'isupper', 'islower', 'isascii', 'contains', 'len', 'getslice',
           'hex', 'fromhex', 'translate', 'removeprefix', 'removesuffix']
HEXCH = ['0', '1', '9', 'a', 'F', 'f', ' ', '\t', '\n', 'g', '\x00', '\u00e9', 'ab', 'CD', '  ']
for _ in range(count):
    op = rng.choice(STR_OPS)
    s = rs()
    bytes_mode = (op == 'hex' or rng.random() < 0.25) and op not in ('isdecimal', 'isnumeric', 'isidentifier', 'isprintable', 'casefold', 'len', 'getslice')
    a = {"op": op, "bytes": bytes_mode}
    if bytes_mode:
        s = ''.join(c for c in s if ord(c) < 256)
        S = s.encode('latin-1')
        sub = rs(rng.randint(0, 2)); sub = ''.join(c for c in sub if ord(c) < 256); SUB = sub.encode('latin-1')
    else:
        S = s; sub = rs(rng.randint(0, 2)); SUB = sub
    a["s"] = s; a["sub"] = sub
    st, en = ri(), ri(); a["start"] = st; a["end"] = en
    n = rng.randint(-2, 20); a["n"] = n
    ks = rng.random() < 0.5; a["keep"] = ks
    fill = rng.choice([' ', '*', '\U0001f600'] if not bytes_mode else [' ', '*']); a["fill"] = fill
    FILL = fill if not bytes_mode else fill.encode()
    sep = None if rng.random() < 0.4 else sub; a["sep"] = sep
    SEP = None if sep is None else SUB
    cnt = rng.choice([-1, 0, 1, 2, 5]); a["cnt"] = cnt
    rep = rs(rng.randint(0, 2)); 
    if bytes_mode: rep = ''.join(c for c in rep if ord(c) < 256)
    step = rng.choice([None, 1, 2, -1, -3]); a["step"] = step
    a["rep"] = rep; REP = rep if not bytes_mode else rep.encode('latin-1')
    f = {
        'find': lambda: S.find(SUB, st, en), 'rfind': lambda: S.rfind(SUB, st, en), 'index': lambda: S.index(SUB, st, en),
        'rindex': lambda: S.rindex(SUB, st, en), 'count': lambda: S.count(SUB, st, en),
        'startswith': lambda: S.startswith(SUB, st, en), 'endswith': lambda: S.endswith(SUB, st, en),
        'replace': lambda: S.replace(SUB, REP, cnt), 'split': lambda: S.split(SEP, cnt), 'rsplit': lambda: S.rsplit(SEP, cnt),
        'splitlines': lambda: S.splitlines(ks), 'partition': lambda: S.partition(SUB), 'rpartition': lambda: S.rpartition(SUB),
        'strip': lambda: S.strip(SEP), 'lstrip': lambda: S.lstrip(SEP), 'rstrip': lambda: S.rstrip(SEP),
        'center': lambda: S.center(n, FILL), 'ljust': lambda: S.ljust(n, FILL), 'rjust': lambda: S.rjust(n, FILL),
        'zfill': lambda: S.zfill(n), 'expandtabs': lambda: S.expandtabs(n - 2),
        'contains': lambda: SUB in S, 'removeprefix': lambda: S.removeprefix(SUB), 'removesuffix': lambda: S.removesuffix(SUB), 'len': lambda: len(S), 'getslice': lambda: S[st:en:step],
    }.get(op) or (lambda: getattr(S, op)())
    if op == 'hex':
        hsep = rng.choice([None, ':', '_', '', '\u00e9', '::', '-']); bps = rng.choice([0, 1, 2, 3, -1, -2, -3, 9]); a["hsep"] = hsep; a["bps"] = bps
        f = (lambda: S.hex()) if hsep is None else (lambda: S.hex(hsep, bps))
    elif op == 'fromhex':
        a["s"] = hs = ''.join(rng.choice(HEXCH) for _ in range(rng.randint(0, 8)))
        f = lambda: bytes.fromhex(hs)
    elif op == 'translate':
        x = ''.join(rng.choice(ALPH[:20]) for _ in range(3)); x = ''.join(dict.fromkeys(''.join(ch for ch in x if len(ch) == 1)))
        y = ''.join(rng.choice(['q', 'Q', '\u00e9', '\U0001f600'] if not bytes_mode else ['q', 'Q', '\xe9']) for _ in range(len(x)))
        z = ''.join(rng.choice(['a', 'b', ' ']) for _ in range(rng.randint(0, 2)))
        if bytes_mode:
            x = ''.join(ch for ch in x if ord(ch) < 256); y = y[:len(x)]
        a["tx"], a["ty"], a["tz"] = x, y, z
        if bytes_mode:
            f = lambda: S.translate(bytes.maketrans(x.encode('latin-1'), y.encode('latin-1')), z.encode())
        else:
            f = lambda: S.translate(str.maketrans(x, y, z))
    a.update(answer(f))
    print(json.dumps(a))
