import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
vals = ["0", "1", "-7", "2**70", "-(2**64)", "3.5", "-0.0", "1e308", "float('nan')", "float('inf')", "True", "False", "2j", "(1-1j)", "'ab'", "''", "b'xy'", "bytearray(b'q')", "[1, 2]", "[]", "(3,)", "()", "{1, 2}", "frozenset({2})", "{'a': 1}", "None", "range(3)", "slice(1)", "3", "-3", "0.0", "10**20", "7.25"]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "==", "!=", ">", ">=", "in", "@"]
funcs = ["divmod({a}, {b})", "pow({a}, {b}, 5)", "round({a}, {b})", "int({a})", "float({a})", "abs({a})", "-({a})", "~({a})", "hash({a}) == hash({a})", "bool({a})", "complex({a})", "str({a})", "repr({a})", "len({a})", "sorted([{a}, {b}])", "max({a}, {b})", "min({a}, {b})", "bytes({a})", "list({a})", "{a}[{b}]", "'%s %r' % ({a}, {b})", "'%d' % ({a},)", "'%x' % ({a},)", "'%.3g' % ({a},)", "'%c' % ({a},)", "round({a})", "int({a}, 16) if isinstance({a}, str) else int({a}).bit_length()", "({a}).__class__.__name__", "float.fromhex({a})", "({a}).hex()", "({a}).is_integer()", "({a}).as_integer_ratio()", "({a}).conjugate()", "divmod({a}, 0)"]
lines = []
for k in range(2500):
    a, b = random.choice(vals), random.choice(vals)
    if random.random() < 0.6:
        e = f"{a} {random.choice(ops)} {b}"
    else:
        e = random.choice(funcs).format(a=a, b=b)
    if "**" in e and ("10**20" in e or "2**70" in e or "1e308" in e) and ("**" in e.split(" ")[1:2] or True):
        if e.count("**") > 1 or ("** 2**70" in e) or ("** 10**20" in e) or ("** 1e308" in e): continue
    lines.append(f"t({e!r})")
sys.stdout.write('''def t(e):
    try:
        r = eval(e)
        if isinstance(r, (set, frozenset)): r = sorted(r, key=repr)
        print(e, "->", repr(r)[:200])
    except Exception as ex:
        print(e, "!!", type(ex).__name__, str(ex)[:200])
''' + "\n".join(lines) + "\n")
