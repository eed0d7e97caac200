# Bulk cases for str.format, _string.formatter_parser and str % args (tuple or mapping), answered by
# a local CPython 3.10: python3.10 gen_fmtstr.py SEED COUNT > cases.jsonl; check with check-fmtstr.ts
import _string, json, random, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
ARGS = (12, 'ab', 3.5, [1, 2], -7)
KWARGS = {'a': 'A', 'x': 7, 'f': -0.25}
PIECES = ['{', '}', '{{', '}}', '{}', '{}', '{0}', '{1}', '{2}', '{4}', '{5}', '{a}', '{x}', '{f}', '{b}', '{0!r}', '{1!a}', '{1!s}',
          '{0!z}', '{0!}', '{0:>6}', '{1:*^7}', '{2:.3e}', '{f:+.2%}', '{0:{x}}', '{2:{a}}', '{0:{}}', '{0:{{}}}', '{3[0]}', '{3[1]}',
          '{3[5]}', '{0.real}', '{2.imag}', '{0.foo}', '{3[x]}', '{0[}', '{0]}', '{0..real}', '{0.}', '{0[]}', '{:', '{0!r', '{0!rx}',
          '{0:{1:{2}}}', 'text', ' ', '\u00e9', '\U0001f600', '{\u0663}', '{0:d}', '{1:d}', '{3:x}', '{3}', '{99999999999999999999}']
PCT = ['%s', '%r', '%a', '%d', '%i', '%x', '%X', '%o', '%e', '%f', '%g', '%c', '%%', '%5s', '%-5d', '%+d', '% d', '%05d', '%#x',
       '%.2f', '%*d', '%-*s', '%.*f', '%(a)s', '%(x)d', '%(f).1f', '%(zz)s', '%(a', '%', '%y', '%l', '%ld', '%5', '%.', 'x', ' ',
       '%\u00e9', '%\U0001f600', '%(a)*d', '%c', '%3c']
VALUES = [0, 1, -5, 65, 2**70, 0x10ffff, 0x110000, 1.5, -0.0, float('inf'), 'x', 'ab', '\u00e9', None]

def answer(f):
    try:
        v = f()
        if isinstance(v, list): v = [list(t) for t in v]
        return {"out": v}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

def enc(v):
    if v is None: return {"t": "none"}
    if isinstance(v, bool) or isinstance(v, int): return {"t": "int", "v": str(v)}
    if isinstance(v, float): return {"t": "float", "v": v.hex() if v == v and abs(v) != float('inf') else repr(v)}
    if isinstance(v, bytes): return {"t": "bytes", "v": v.decode('latin-1')}
    return {"t": "str", "v": v}

for _ in range(count):
    k = rng.random()
    if k < 0.5:
        s = ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))
        mode = rng.choice(['format', 'format', 'map', 'parser'])
        if mode == 'format': a = answer(lambda: s.format(*ARGS, **KWARGS))
        elif mode == 'map': a = answer(lambda: s.format_map(KWARGS))
        else: a = answer(lambda: list(_string.formatter_parser(s)))
        print(json.dumps({"k": mode, "s": s, **a}))
    elif k < 0.65:
        s = ''.join(rng.choice(PCT + ['%b', '%.2b', '%5b', '%-4c']) for _ in range(rng.randint(0, 3)))
        try: b = s.encode('latin-1')
        except UnicodeEncodeError: continue
        args = tuple(rng.choice(VALUES + [b'xy', b'\xff', b'', 255, 256]) for _ in range(rng.randint(0, 3)))
        a = answer(lambda: (b % args).decode('latin-1'))
        print(json.dumps({"k": "bpct", "s": s, "args": [enc(v) for v in args], **a}))
    else:
        s = ''.join(rng.choice(PCT) for _ in range(rng.randint(0, 3)))
        r = rng.random()
        if r < 0.25:
            args = {'a': rng.choice(VALUES), 'x': rng.choice(VALUES), 'f': rng.choice(VALUES)}
            a = answer(lambda: s % args)
            print(json.dumps({"k": "pctmap", "s": s, "args": {k: enc(v) for k, v in args.items()}, **a}))
        elif r < 0.4:
            v = rng.choice(VALUES)
            a = answer(lambda: s % v)
            print(json.dumps({"k": "pctone", "s": s, "args": enc(v), **a}))
        else:
            args = tuple(rng.choice(VALUES) for _ in range(rng.randint(0, 4)))
            a = answer(lambda: s % args)
            print(json.dumps({"k": "pcttuple", "s": s, "args": [enc(v) for v in args], **a}))
