import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 51)
vals = ["0", "-1", "3.14159", "-0.0", "1e100", "2**70", "'str'", "b'by'", "None", "True", "[1]", "(1, 2)", "{'a': 1}", "float('nan')", "-float('inf')", "1.5e-10", "255", "'é'", "65", "1234567.891"]
convs = "diouxXeEfFgGcrsa%"
lines = []
for i in range(1500):
    spec = "%"
    if random.random() < 0.3: spec += random.choice(["-", "+", " ", "#", "0", "-#", "+0", " 0"])
    if random.random() < 0.5: spec += str(random.randint(0, 15))
    if random.random() < 0.5: spec += "." + str(random.randint(0, 12))
    spec += random.choice(convs)
    v = random.choice(vals)
    fmt = random.choice(["'[%s]'", "b'[%s]'"]) % spec
    lines.append("t(%r)" % f"{fmt} % ({v},)")
for s in ["'1_000.5'", "' 12 '", "'1e'", "'inf'", "'-Infinity'", "'nAn'", "'0x1p3'", "'1__0'", "'.5'", "'5.'", "'١٢٣.٤'", "'1e500'", "'-1e-500'", "'0.1e-1_0'", "'+.e1'", "'1.7976931348623159e308'", "'2.4703282292062328e-324'", "'4.9e-324'", "'123456789012345678901234567890.5'"]:
    lines.append("t(%r)" % f"float({s})")
    lines.append("t(%r)" % f"int({s})")
    lines.append("t(%r)" % f"complex({s})")
sys.stdout.write('''def t(e):
    try: print(e, "->", repr(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
