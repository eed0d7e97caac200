# Bulk cases for format()/%-formatting, answered by a local CPython 3.10 (not run by the test
# suite): python3.10 gen_format.py SEED COUNT > cases.jsonl; check with check-format.ts.
import json, random, struct, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)

def rand_float():
    r = rng.random()
    if r < 0.25:
        return struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
    if r < 0.45:
        return round(rng.uniform(-1e6, 1e6), rng.randint(0, 8))
    if r < 0.6:  # exact ties: small dyadic rationals
        return rng.randint(-10**6, 10**6) / 2 ** rng.randint(0, 12)
    if r < 0.7:
        return float(rng.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 1.5, 2.5, 9.5, 99.5, 0.125, 1e16, 1e15, 1e-5, 1e-4, 123456789.0, 1e22, 1e21, 9.999999e20]))
    if r < 0.85:
        return rng.choice([-1, 1]) * 10.0 ** rng.randint(-320, 308) * rng.choice([1, 1.5, 2.5, 9.99, 5, 0.5])
    return rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)

def rand_int():
    r = rng.random()
    if r < 0.4: return rng.randint(-1000, 1000)
    if r < 0.7: return rng.randint(-2**64, 2**64)
    if r < 0.8: return rng.choice([0, 1, -1, 2**53, 2**53 + 1, -2**63, 2**63 - 1, 0x10ffff, 0x110000, 10**30])
    return rng.randint(-10**60, 10**60)

FILLS = ['', '', '', ' ', '*', '0', 'x', '\u00e9', '\U0001f600', '{', '<']
def rand_spec(types):
    s = ''
    if rng.random() < 0.4:
        s += rng.choice(FILLS) + rng.choice('<>=^')
    if rng.random() < 0.3: s += rng.choice('+- ')
    if rng.random() < 0.2: s += '#'
    if rng.random() < 0.2: s += '0'
    if rng.random() < 0.5: s += str(rng.randint(0, 40))
    if rng.random() < 0.2: s += rng.choice([',', '_', ',', '_', ',_', '_,'])
    if rng.random() < 0.6: s += '.' + str(rng.choice([rng.randint(0, 20), rng.randint(0, 120)]))
    if rng.random() < 0.05: s += '.'
    if rng.random() < 0.85: s += rng.choice(types)
    return s

def answer(f):
    try:
        return {"out": f()}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

FLOAT_TYPES = list('eEfFgGn%') + ['', '', 'd', 'x', 's', 'c', 'r']
INT_TYPES = list('bcdoxXneEfFgG%') + ['', 's', 'r', 'z']
STR_TYPES = ['s', 's', '', 'd', 'x']
PCT = 'diouxXeEfFgGcrsa'

for _ in range(count):
    k = rng.random()
    if k < 0.45:
        x = rand_float(); spec = rand_spec(FLOAT_TYPES)
        print(json.dumps({"k": "float", "x": x.hex() if x == x and abs(x) != float('inf') else repr(x), "spec": spec, **answer(lambda: format(x, spec))}))
    elif k < 0.7:
        x = rand_int(); spec = rand_spec(INT_TYPES)
        print(json.dumps({"k": "int", "x": str(x), "spec": spec, **answer(lambda: format(x, spec))}))
    elif k < 0.8:
        re_, im = rand_float(), rand_float()
        if rng.random() < 0.3: re_ = rng.choice([0.0, -0.0])
        spec = rand_spec(FLOAT_TYPES)
        h = lambda v: v.hex() if v == v and abs(v) != float('inf') else repr(v)
        print(json.dumps({"k": "complex", "x": [h(re_), h(im)], "spec": spec, **answer(lambda: format(complex(re_, im), spec))}))
    elif k < 0.85:
        x = rng.choice(['', 'abc', 'h\u00e9llo', '\U0001f600x\U0001f600', 'a' * 30]); spec = rand_spec(STR_TYPES)
        print(json.dumps({"k": "str", "x": x, "spec": spec, **answer(lambda: format(x, spec))}))
    else:
        # one %-conversion: flags, width, precision, type, applied to an int, float or str value
        ch = rng.choice(PCT)
        flags = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 1, 2, 3])))
        width = str(rng.randint(0, 30)) if rng.random() < 0.5 else ''
        prec = '.' + str(rng.randint(0, 30)) if rng.random() < 0.5 else ''
        fmt = '%' + flags + width + prec + ch
        if ch in 'cs' and rng.random() < 0.5:
            v = rng.choice(['a', '\u00e9', '\U0001f600', 'xyz'])
            vk = 'str'
        elif ch in 'diouxXc' and rng.random() < 0.7 or rng.random() < 0.3:
            v = rand_int() if ch != 'c' else rng.randint(0, 0x10ffff)
            vk = 'int'
        else:
            v = rand_float(); vk = 'float'
        enc = v if vk == 'str' else str(v) if vk == 'int' else (v.hex() if v == v and abs(v) != float('inf') else repr(v))
        print(json.dumps({"k": "pct", "vk": vk, "x": enc, "spec": fmt, **answer(lambda: fmt % (v,))}))
