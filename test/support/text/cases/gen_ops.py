# Bulk cases for float/int operations, answered by a local CPython 3.10:
#   python3.10 gen_ops.py SEED COUNT > cases.jsonl; check with check-ops.ts
import json, math, random, struct, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
H = lambda v: v.hex() if v == v and abs(v) != float('inf') else repr(v)

def rand_float():
    r = rng.random()
    if r < 0.3:
        return struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
    if r < 0.5:
        return rng.randint(-10**6, 10**6) / 2 ** rng.randint(0, 12)
    if r < 0.6:
        return rng.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308, 0.5, -0.5, 1.5, 2.5, -2.5, 1e300, 1e-300, 3.0, -3.0])
    if r < 0.8:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)

def rand_int():
    return rng.choice([rng.randint(-1000, 1000), rng.randint(-2**70, 2**70), rng.randint(-10**40, 10**40), 0, -1, 255, 256, -128, -129])

HEXP = ['0x', '0X', '', '-', '+', ' ', '1', 'a', 'F', '.', 'p', 'P', '-', '+', '9', '0', '00', '1f', 'inf', 'nan', 'infinity', 'p1024', 'p-1074', 'p-1080', '\t', 'x', 'z', '_', 'fffffffffffff8', '1000000000000008']

def answer(f):
    try:
        v = f()
        if isinstance(v, float): v = H(v)
        elif isinstance(v, tuple): v = [H(x) if isinstance(x, float) else str(x) for x in v]
        elif isinstance(v, bytes): v = v.hex()
        else: v = str(v)
        return {"out": v}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}

OPS = ['divmod', 'floordiv', 'mod', 'fmod', 'round0', 'roundn', 'ratio', 'fromhex', 'hex', 'intround', 'tobytes', 'frombytes', 'bitlen', 'repr', 'trunc']
for _ in range(count):
    op = rng.choice(OPS)
    x, y = rand_float(), rand_float()
    if rng.random() < 0.2: y = float(rng.randint(-5, 5))
    c = {"op": op, "x": H(x), "y": H(y)}
    if op == 'divmod': c.update(answer(lambda: divmod(x, y)))
    elif op == 'floordiv': c.update(answer(lambda: x // y))
    elif op == 'mod': c.update(answer(lambda: x % y))
    elif op == 'fmod': c.update(answer(lambda: math.fmod(x, y)))
    elif op == 'round0': c.update(answer(lambda: round(x)))
    elif op == 'roundn':
        n = rng.choice([rng.randint(-5, 20), rng.randint(-400, 400), 10**20, -10**20])
        c["n"] = str(n); c.update(answer(lambda: round(x, n)))
    elif op == 'ratio': c.update(answer(lambda: x.as_integer_ratio()))
    elif op == 'fromhex':
        s = ''.join(rng.choice(HEXP) for _ in range(rng.randint(0, 7))) if rng.random() < 0.6 else x.hex() if x == x and abs(x) != float('inf') else repr(x)
        c["s"] = s; c.update(answer(lambda: float.fromhex(s)))
    elif op == 'hex': c.update(answer(lambda: x.hex()))
    elif op == 'repr': c.update(answer(lambda: repr(x)))
    elif op == 'trunc': c.update(answer(lambda: int(x)))
    elif op == 'intround':
        v = rand_int(); n = rng.choice([rng.randint(-45, 3), None])
        c["v"] = str(v); c["n"] = None if n is None else str(n); c.update(answer(lambda: round(v, n)))
    elif op == 'tobytes':
        v = rand_int(); n = rng.randint(0, 12); order = rng.choice(['big', 'little', 'middle']); signed = rng.random() < 0.5
        c.update({"v": str(v), "n": n, "order": order, "signed": signed}); c.update(answer(lambda: v.to_bytes(n, order, signed=signed)))
    elif op == 'frombytes':
        b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12))); order = rng.choice(['big', 'little']); signed = rng.random() < 0.5
        c.update({"b": b.hex(), "order": order, "signed": signed}); c.update(answer(lambda: int.from_bytes(b, order, signed=signed)))
    elif op == 'bitlen':
        v = rand_int(); c["v"] = str(v); c.update(answer(lambda: (v.bit_length(), v.bit_count())))
    print(json.dumps(c))
