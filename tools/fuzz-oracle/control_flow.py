import random, sys
# Random functions of nested statements (if, for, while, try/except/else/finally, with, match,
# break, continue, return, raise, yield, closures), compiled and run: each prints its code objects'
# fields (co_code, co_consts, co_linetable, co_stacksize... recursively) and, for three argument
# pairs, the trace its statements append to T with the return value or exception. That compares
# the compiler's code generation and CFG optimiser and the VM's unwinding on control flow no one
# wrote by hand.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 33)

counter = [0]


def mark():
    counter[0] += 1
    return f"T.append({counter[0]})"


def cond():
    v = random.choice(["a", "b", "i", "n"])
    c = random.choice([
        f"{v} > {random.randint(-2, 4)}", f"{v} % 2", f"not {v}", f"{v} == {random.randint(0, 3)}",
        f"a < b", f"{v} and b", f"({v} or 0) > 1", f"{v} in (1, 3)", f"{random.choice(['True', 'False', '0', '1'])}",
    ])
    return c


def expr():
    return random.choice(["a", "b", "a + b", "i", "n", "a * 2 - b", "(a, b)", "[i, n]", "str(a)", "None",
                          f"{random.randint(-5, 9)}", "a if b else i", "len(T)", "-a", "a // (b or 1)", "{'k': a}.get('k')"])


def block(depth, ctx, indent):
    n = random.randint(1, 3)
    lines = []
    for _ in range(n):
        lines += stmt(depth, ctx, indent)
    return lines


def stmt(depth, ctx, ind):
    pad = " " * ind
    choices = ["mark", "assign", "assign", "mark"]
    if depth < 4:
        choices += ["if", "if", "for", "while", "try", "tryfinally", "with", "match"]
    if ctx["loop"]:
        choices += ["break", "continue"]
    choices += ["return", "raise"]
    if ctx["gen"]:
        choices += ["yield", "yield"]
    if depth < 2 and not ctx["gen"]:
        choices += ["closure"]
    k = random.choice(choices)
    sub = dict(ctx)
    if k == "mark":
        return [pad + mark()]
    if k == "assign":
        var = random.choice(["a", "b", "n"])
        op = random.choice(["=", "+=", "-=", "*="])
        val = random.choice(["1", "2", "i", "b", "a", "3"]) if op != "=" else random.choice(["a + 1", "b - 1", "i", "0", "n + a", "len(T) % 4"])
        return [pad + f"{var} {op} {val}"]
    if k == "break":
        return [pad + f"{mark()}; break"] if random.random() < 0.5 else [pad + f"if {cond()}: break"]
    if k == "continue":
        return [pad + f"if {cond()}: continue"] if random.random() < 0.6 else [pad + "continue"]
    if k == "return":
        return [pad + f"if {cond()}: return {expr()}"] if random.random() < 0.7 else [pad + f"return {expr()}"]
    if k == "raise":
        exc = random.choice(["ValueError(a)", "KeyError(b)", "ZeroDivisionError", "TypeError('t')"])
        r = random.random()
        if r < 0.5:
            return [pad + f"if {cond()}: raise {exc}"]
        if r < 0.7:
            return [pad + "1 / (a - a)"]
        return [pad + f"raise {exc}"]
    if k == "yield":
        return [pad + f"{random.choice(['', 'n = '])}yield {expr()}"]
    if k == "if":
        lines = [pad + f"if {cond()}:"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.4:
            lines += [pad + f"elif {cond()}:"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.5:
            lines += [pad + "else:"] + block(depth + 1, sub, ind + 4)
        return lines
    if k == "for":
        sub["loop"] = True
        it = random.choice(["range(3)", "range(a % 4)", "[1, 2, 3]", "'ab'", "(b, a)", "range(-1)"])
        lines = [pad + f"for i in {it}:"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.3:
            lines += [pad + "else:"] + block(depth + 1, ctx, ind + 4)
        return lines
    if k == "while":
        sub["loop"] = True
        g = f"g{counter[0]}"
        counter[0] += 1
        lines = [pad + f"{g} = 0", pad + f"while {cond()} and {g} < 4:", pad + f"    {g} += 1"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.3:
            lines += [pad + "else:"] + block(depth + 1, ctx, ind + 4)
        return lines
    if k == "try":
        lines = [pad + "try:"] + block(depth + 1, sub, ind + 4)
        for _ in range(random.randint(1, 2)):
            e = random.choice(["ValueError", "KeyError", "ZeroDivisionError", "(TypeError, ValueError)", "Exception as e", "ArithmeticError as e"])
            lines += [pad + f"except {e}:"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.3:
            lines += [pad + "else:"] + block(depth + 1, sub, ind + 4)
        if random.random() < 0.4:
            lines += [pad + "finally:"] + block(depth + 1, sub, ind + 4)
        return lines
    if k == "tryfinally":
        return [pad + "try:"] + block(depth + 1, sub, ind + 4) + [pad + "finally:"] + block(depth + 1, sub, ind + 4)
    if k == "with":
        sup = random.choice(["True", "False"])
        target = random.choice(["", " as w", " as (w, x)"]) if sup == "False" else random.choice(["", " as w"])
        val = f"({counter[0]}, 0)" if "(w, x)" in target else str(counter[0])
        counter[0] += 1
        lines = [pad + f"with CM({val}, {sup}){target}:"] + block(depth + 1, sub, ind + 4)
        return lines
    if k == "match":
        subj = random.choice(["a", "(a, b)", "[a, b, i]", "{'k': a}", "b"])
        lines = [pad + f"match {subj}:"]
        pats = ["0", "1 | 2", "(x, y)", "[x, *rest]", "{'k': 1}", "{'k': v}", "int(x) if x > 1", "str()", "None", "[1, _, _]"]
        for p in random.sample(pats, random.randint(1, 3)):
            lines += [pad + f"    case {p}:"] + block(depth + 1, sub, ind + 8)
        if random.random() < 0.5:
            lines += [pad + "    case _:"] + block(depth + 1, sub, ind + 8)
        return lines
    if k == "closure":
        lines = [pad + "def inner(c=a):", pad + "    nonlocal n", pad + f"    n += c", pad + f"    return {expr()}"]
        return lines + [pad + f"{mark()}; b = inner()"]
    raise AssertionError(k)


out = ['''from itertools import islice
T = []
class CM:
    def __init__(s, k, sup=False): s.k = k; s.sup = sup
    def __enter__(s):
        T.append(("enter", s.k))
        return s.k
    def __exit__(s, t, v, tb):
        T.append(("exit", s.k, t and t.__name__))
        return s.sup
def show(co, depth=0):
    print(" " * depth + co.co_name, co.co_argcount, co.co_nlocals, co.co_stacksize, co.co_flags, co.co_firstlineno)
    print(" " * depth + co.co_code.hex())
    print(" " * depth + co.co_linetable.hex(), co.co_lnotab.hex())
    print(" " * depth + repr(tuple(c for c in co.co_consts if not hasattr(c, "co_code"))), co.co_names, co.co_varnames, co.co_freevars, co.co_cellvars)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            show(c, depth + 1)
def run(src, gen):
    ns = {"T": T, "CM": CM}
    try:
        code = compile(src, "<fuzz>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
        return
    show(code)
    exec(code, ns)
    f = ns["f"]
    for a, b in ((0, 1), (3, 2), (2, 5)):
        T.clear()
        try:
            if gen:
                # closed by hand where CPython's reference count lets it go (at the next store
                # to a local holding it): dislab proves no such moment for a generator passed to
                # islice (src/vm/gen-finalize.ts), and this generator is about compiled code
                g = f(a, b)
                r = list(islice(g, 12))
                for _ in range(10):  # one that yields again after GeneratorExit is closed again
                    try:
                        g.close()
                        break
                    except RuntimeError as e:
                        r = (r, str(e))
            else:
                r = f(a, b)
        except Exception as e:
            r = (type(e).__name__, str(e))
        print(a, b, T, repr(r))
''']
for case in range(int(sys.argv[2]) if len(sys.argv) > 2 else 150):
    gen = random.random() < 0.25
    body = ["def f(a, b):", "    n = 0", "    i = 0"] + block(0, {"loop": False, "gen": gen}, 4)
    if gen:
        body += ["    yield n"]
    body += ["    return n"]
    src = "\n".join(body) + "\n"
    out.append(f"run({src!r}, {gen})")
sys.stdout.write("\n".join(out) + "\n")
