# Bulk cases for correctly rounded float digits ('e', 'f', 'g', '%' at many precisions, repr),
# answered by a local CPython 3.10: python3.10 gen_digits.py SEED COUNT > cases.jsonl
import json, random, struct, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)

def rand_float():
    r = rng.random()
    if r < 0.3:
        while True:
            x = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
            if x == x and abs(x) != float('inf'): return x
    if r < 0.6:  # exact binary fractions: ties at many precisions
        return rng.randint(-10**rng.randint(1, 17), 10**rng.randint(1, 17)) / 2 ** rng.randint(0, 70)
    if r < 0.8:  # integers times powers of ten: ties in 'e' and 'g'
        return float(rng.randint(1, 10**rng.randint(1, 16)) * 10 ** rng.randint(0, 20)) * rng.choice([1, 0.5, 0.25, 0.125])
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 300)

for _ in range(count):
    x = rand_float()
    p = rng.choice([rng.randint(0, 20), rng.randint(0, 120), rng.randint(0, 400)])
    t = rng.choice('eEfFgG%') if rng.random() < 0.9 else ''
    spec = rng.choice(['', '#']) + '.' + str(p) + t
    if rng.random() < 0.05: spec = ''
    print(json.dumps({"k": "float", "x": x.hex(), "spec": spec, "out": format(x, spec)}))
