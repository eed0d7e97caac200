import random, sys
# Random generators (yield, yield from, return values, try/finally/except around yields, raising
# StopIteration inside) driven by random protocols: next, send, throw, close, iteration, after
# exhaustion and while running; plus coroutines driven by hand (send/throw on an awaiting
# coroutine) and generator expressions. Each step prints its result or exception, with gi_running,
# gi_suspended-ness (gi_frame is None) and the value of StopIteration.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 77)


def gen_body(depth, pad, in_try=False):
    lines = []
    for _ in range(random.randint(1, 4)):
        r = random.random()
        if r < 0.35:
            value = random.choice(['1', 'x', 'len(L)', 'None', '(x, 2)'])
            lines.append(random.choice([f"{pad}x = yield {value}", f"{pad}L.append((yield {value}))", f"{pad}yield {value}"]))
        elif r < 0.45:
            lines.append(f"{pad}x = yield from {random.choice(['sub(2)', 'range(2)', 'iter([7, 8])', 'sub(0)', '[]'])}")
        elif r < 0.5:
            lines.append(f"{pad}return {random.choice(['x', '5', 'None'])}")
        elif r < 0.55:
            lines.append(f"{pad}raise {random.choice(['StopIteration(9)', 'ValueError(x)', 'GeneratorExit', 'KeyError(1)'])}")
        elif r < 0.7 and depth < 3:
            lines.append(f"{pad}try:")
            lines += gen_body(depth + 1, pad + "    ", True)
            h = random.choice(["ValueError", "GeneratorExit", "Exception", "StopIteration", "BaseException"])
            lines.append(f"{pad}except {h} as e:")
            lines.append(f"{pad}    L.append(('caught', type(e).__name__))")
            lines += gen_body(depth + 1, pad + "    ")
            if random.random() < 0.5:
                lines.append(f"{pad}finally:")
                lines.append(f"{pad}    L.append('finally')")
                if random.random() < 0.3:
                    lines.append(f"{pad}    {random.choice(['yield 99', 'return 3', 'x = 0'])}")
        elif r < 0.8 and depth < 3:
            lines.append(f"{pad}for i in range({random.randint(0, 3)}):")
            lines += gen_body(depth + 1, pad + "    ")
        else:
            lines.append(f"{pad}L.append({random.choice(['x', 'len(L)', repr('s')])})")
    return lines


def driver():
    steps = []
    for _ in range(random.randint(2, 7)):
        steps.append(random.choice([
            "next(g)", "next(g)", "g.send(None)", "g.send(4)", "g.throw(ValueError('t'))", "g.throw(GeneratorExit)",
            "g.throw(StopIteration)", "g.close()", "list(g)", "g.throw(ValueError, 3)", "g.throw(KeyError)",
            "g.gi_running", "g.gi_frame is None", "g.gi_yieldfrom is None", "next(g, 'd')",
        ]))
    return steps


out = ['''L = []
def sub(n):
    for i in range(n):
        got = yield ("sub", i)
        L.append(("sub got", got))
    return "subret"
def step(g, s):
    try:
        v = eval(s, {"g": g})
        print(s, "->", repr(v), L)
    except StopIteration as e:
        print(s, "StopIteration", repr(e.value), L)
    except BaseException as e:
        print(s, type(e).__name__, str(e), L)
def case(src, steps):
    L.clear()
    ns = {"L": L, "sub": sub}
    try:
        exec(src, ns)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
        return
    g = ns["gen"](1)
    for s in steps:
        step(g, s)
    # closed here rather than when freed (CPython closes a generator it frees, dislab when it can tell)
    step(g, "g.close()")
    step(g, "g.close()")
    L.clear()
''']
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
    body = ["def gen(x):"] + gen_body(0, "    ")
    if not any("yield" in b for b in body):
        body.append("    yield x")
    out.append(f"case({chr(10).join(body) + chr(10)!r}, {driver()!r})")
sys.stdout.write("\n".join(out) + "\n")
