import random, sys
# Random nestings of functions, classes, lambdas and comprehensions that bind, read, delete and
# declare (global, nonlocal) a few shared names at every level: each case prints its code objects'
# scope fields (co_varnames, co_cellvars, co_freevars, co_names, co_flags, co_code, recursively),
# then what the innermost reads see (a value, or NameError/UnboundLocalError with its message), or
# the SyntaxError the symbol table raises for a contradictory declaration (message, line, offset).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 44)
NAMES = ["x", "y", "z"]


def reads(pad):
    v = random.choice(NAMES)
    return random.choice([
        f"{pad}R.append({v})",
        f"{pad}R.append([{v} for _ in (1,)])",
        f"{pad}R.append((lambda: {v})())",
        f"{pad}R.append([{random.choice(NAMES)} for {v} in (7,)][0])",
        f"{pad}R.append({{{v}: 1 for {random.choice(NAMES)} in 'a'}})",
    ])


def body(depth, kind, pad):
    lines = []
    for _ in range(random.randint(1, 4)):
        r = random.random()
        v = random.choice(NAMES)
        if r < 0.2:
            lines.append(f"{pad}{v} = {random.randint(1, 99)!r}")
        elif r < 0.3 and kind != "module":
            decl = random.choice(["global", "nonlocal"]) if kind == "def" else "global"
            lines.append(f"{pad}{decl} {v}")
        elif r < 0.35:
            lines.append(f"{pad}del {v}")
        elif r < 0.45:
            lines.append(f"{pad}{v} += 1")
        elif r < 0.5:
            lines.append(f"{pad}for {v} in range(2): pass")
        elif r < 0.55:
            lines.append(f"{pad}import os as {v}; {v} = 5")
        elif r < 0.75 or depth >= 3:
            lines.append(reads(pad))
        elif r < 0.9:
            name = f"f{depth}{random.randint(0, 9)}"
            args = random.choice(["", "x", "y=1", "*z"])
            lines.append(f"{pad}def {name}({args}):")
            lines += body(depth + 1, "def", pad + "    ")
            lines.append(f"{pad}R.append({name}())" if "x" not in args else f"{pad}R.append({name}(3))")
        else:
            name = f"C{depth}{random.randint(0, 9)}"
            lines.append(f"{pad}class {name}:")
            lines += body(depth + 1, "class", pad + "    ")
    return lines


out = ['''R = []
def show(co, depth=0):
    print(" " * depth + co.co_name, co.co_flags, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_code.hex())
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            show(c, depth + 1)
def run(src):
    try:
        code = compile(src, "<scope>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
        return
    show(code)
    R.clear()
    g = {"R": R, "__name__": "case"}
    try:
        exec(code, g)
        print(R)
    except Exception as e:
        print(R, type(e).__name__, e)
    print(sorted(k for k in g if k not in ("R", "__builtins__", "__name__")))
''']
for case in range(int(sys.argv[2]) if len(sys.argv) > 2 else 300):
    src = "\n".join(body(0, "module", "")) + "\n"
    out.append(f"run({src!r})")
sys.stdout.write("\n".join(out) + "\n")
