import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 99)
def r():
    k = random.random()
    if k < 0.1: return random.choice(["0.0", "-0.0", "1.0", "-1.0", "2.0", "0.5", "float('nan')", "float('inf')", "-float('inf')", "1e300", "1e-300"])
    if k < 0.4: return repr(float(random.randint(-9, 9)))
    return repr(random.uniform(-10, 10))
lines = []
for i in range(1500):
    a = f"complex({r()}, {r()})"; b = f"complex({r()}, {r()})"
    op = random.choice(["abs(A)", "A ** B", "A / B", "A ** B.real", "A ** 3", "A ** -2", "B.real ** 0.5", "(-abs(B.real)) ** 0.3", "A * B"])
    lines.append("t(%r)" % op.replace("A", a).replace("B", b))
sys.stdout.write('''def t(e):
    try: print(e, "->", repr(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
