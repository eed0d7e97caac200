import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 12345)
vals = ["0", "-0.0", "1.5", "2.675", "1e16", "1e-7", "123456789.123456789", "float('inf')", "float('nan')", "-float('inf')", "12345678901234567890", "-42", "True", "3+4j", "-1.5e-310", "0.1", "5e-324", "1.7976931348623157e308", "255", "10**25", "-(10**20)", "0.5", "2.5", "-2.5", "1234.5678"]
fills = ["", "*", "0", " ", "x"]
aligns = ["", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
types = ["", "d", "e", "E", "f", "F", "g", "G", "n", "%", "x", "X", "o", "b", "c", "s", "r"]
lines = []
for k in range(1500):
    v = random.choice(vals)
    spec = random.choice(fills) + random.choice(aligns) if random.random() < 0.5 else random.choice(aligns)
    if spec and spec[0] not in "<>^=" and len(spec) == 1: spec = ""
    spec += random.choice(signs)
    if random.random() < 0.2: spec += "#"
    if random.random() < 0.2: spec += "0"
    if random.random() < 0.5: spec += str(random.randint(0, 25))
    if random.random() < 0.3: spec += random.choice([",", "_"])
    if random.random() < 0.5: spec += "." + str(random.randint(0, 20))
    spec += random.choice(types)
    lines.append(f"t({v!r}, {spec!r})")
sys.stdout.write('''def t(v, spec):
    try:
        x = eval(v)
        print(v, repr(spec), repr(format(x, spec)))
    except Exception as e:
        print(v, repr(spec), type(e).__name__, e)
''' + "\n".join(lines) + "\n")
