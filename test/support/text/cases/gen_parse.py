# Bulk cases for int()/float()/complex() parsing, answered by a local CPython 3.10:
#   python3.10 gen_parse.py SEED COUNT > cases.jsonl; check with check-parse.ts
import json, random, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
PIECES = ['0', '1', '7', '9', '5', '12', '00', '_', '_', '.', 'e', 'E', '+', '-', ' ', '\t', 'x', 'X', 'o', 'b', 'B', 'a', 'f', 'z',
          'j', 'J', 'inf', 'nan', 'infinity', 'In', '(', ')', '\u0663', '\u0969', '\U0001d7d8', '\u3000', '\u00a0', '\x85', '\u2028',
          '\x1c', '\x00', '\u0100', 'e5', 'e-3', '0x', '0o', '0b', '1_0', '9' * 20]

def rand_text():
    r = rng.random()
    if r < 0.15:  # plausible floats
        return rng.choice(['', ' ', '-', '+']) + str(rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30)) + rng.choice(['', ' ', 'j', '\n'])
    if r < 0.25:  # long digit strings
        return ''.join(rng.choice('0123456789') for _ in range(rng.randint(15, 60))) + rng.choice(['', '.', '.5', 'e-30', 'e300', 'e-330'])
    return ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))

def answer(f):
    try:
        v = f()
        if isinstance(v, float): v = v.hex() if v == v and abs(v) != float('inf') else repr(v)
        elif isinstance(v, complex): v = [x.hex() if x == x and abs(x) != float('inf') else repr(x) for x in (v.real, v.imag)]
        else: v = str(v)
        return {"out": v}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

for _ in range(count):
    s = rand_text()
    k = rng.random()
    if k < 0.35:
        base = rng.choice([10, 10, 0, 0, 2, 8, 16, 36, 7, 1, 37, 3])
        print(json.dumps({"k": "int", "s": s, "base": base, **answer(lambda: int(s, base))}))
    elif k < 0.45:
        base = rng.choice([10, 0, 16, 2])
        try: b = s.encode('latin-1')
        except UnicodeEncodeError: continue
        print(json.dumps({"k": "intb", "s": s, "base": base, **answer(lambda: int(b, base))}))
    elif k < 0.75:
        print(json.dumps({"k": "float", "s": s, **answer(lambda: float(s))}))
    else:
        print(json.dumps({"k": "complex", "s": s, **answer(lambda: complex(s))}))
