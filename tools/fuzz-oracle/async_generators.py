import random, sys
# Async generators driven by hand: random bodies (yields and awaits inside try/except/finally,
# yields in finally blocks, returns, raised StopIteration/StopAsyncIteration/GeneratorExit) and
# random sequences of operations on them (__anext__, asend, athrow in its three forms and with bad
# arguments, aclose, anext() with a default, reusing an awaitable already awaited, starting a second
# operation while one is suspended, throw/close of the operation's awaitable), each awaitable driven
# with send()/throw() until it finishes: the values it passed to the driver, its result or exception
# and the trace the generator left, plus ag_running/ag_frame/ag_await and sys.set_asyncgen_hooks'
# firstiter calls. Then async comprehensions (list/set/dict/generator, nested, filtered, with
# awaits) and the SyntaxErrors of misplaced await/async for/yield from/return value.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1010)

counter = [0]


def mark():
    counter[0] += 1
    return f"T.append({counter[0]})"


def body(depth, pad, in_finally=False):
    lines = []
    for _ in range(random.randint(1, 3)):
        r = random.random()
        if r < 0.14:
            lines.append(pad + mark())
        elif r < 0.38:
            lines.append(pad + f"got = yield {random.choice(['x', 'got', 'len(T)', 'None', '(x, got)'])}")
            lines.append(pad + "T.append(('got', got))")
        elif r < 0.5:
            lines.append(pad + f"x = await {random.choice(['Step(1)', 'Step(2)', 'leaf(x)', 'Step(0)'])}")
        elif r < 0.55:
            lines.append(pad + "return")
        elif r < 0.62:
            lines.append(pad + f"raise {random.choice(['ValueError(x)', 'KeyError(got)', 'StopIteration(3)', 'StopAsyncIteration', 'GeneratorExit'])}")
        elif r < 0.75 and depth < 3:
            lines.append(pad + "try:")
            lines += body(depth + 1, pad + "    ", in_finally)
            exc = random.choice(['ValueError', 'Exception', 'KeyError', 'GeneratorExit', 'BaseException', '(StopAsyncIteration, RuntimeError)'])
            lines.append(pad + f"except {exc} as e:")
            lines.append(pad + "    T.append(('caught', type(e).__name__, str(e)))")
            if random.random() < 0.4:
                lines += body(depth + 1, pad + "    ", in_finally)
            if random.random() < 0.2:
                lines.append(pad + "    raise")
            if random.random() < 0.5:
                lines.append(pad + "finally:")
                lines.append(pad + f"    {mark()}")
                if random.random() < 0.4:
                    lines += body(depth + 1, pad + "    ", True)
        elif r < 0.85 and depth < 3:
            lines.append(pad + f"for i in range({random.randint(0, 3)}):")
            lines += body(depth + 1, pad + "    ", in_finally)
        elif r < 0.92 and depth < 3:
            lines.append(pad + f"async with ACM({random.choice(['True', 'False'])}):")
            lines += body(depth + 1, pad + "    ", in_finally)
        else:
            lines.append(pad + f"x = x + {random.randint(1, 3)}")
    return lines


OPS = ["next", "next", "next", "send", "send", "throw", "throw_inst", "throw_3", "throw_bad", "throw_exit",
       "close", "anext_default", "reuse", "reenter", "aw_close", "aw_throw", "state", "send_first"]

PRELUDE = r'''import sys, types
T = []
class Step:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("step", self.n)
        T.append(("resumed", got))
        return self.n
class ACM:
    def __init__(self, sup): self.sup = sup
    async def __aenter__(self):
        T.append("aenter")
        await Step(7)
    async def __aexit__(self, t, v, tb):
        T.append(("aexit", t and t.__name__))
        return self.sup
async def leaf(v):
    await Step(3)
    return v * 2
async def agen0(n):
    for i in range(n):
        T.append(("agen0", i))
        yield i
        await Step(i)
async def bad_agen():
    yield 1
    raise ValueError("in agen")
class AIt:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await Step(self.n)
        return self.n
def drive(aw, throw_at=0):
    out = []
    step = 0
    try:
        v = aw.send(None)
        while True:
            out.append(v)
            step += 1
            if step > 25:
                aw.close()
                return out, "too long"
            v = aw.throw(KeyError("driver")) if step == throw_at else aw.send(step)
    except StopIteration as e:
        return out, ("value", e.value)
    except BaseException as e:
        return out, (type(e).__name__, str(e))
def show(x):
    try:
        return x()
    except BaseException as e:
        return (type(e).__name__, str(e))
FIRST = []
KEEP = []
def op(g, name, t):
    T.clear()
    if name == "next": r = drive(g.__anext__(), t)
    elif name == "send": r = drive(g.asend(t * 10), t)
    elif name == "send_first": r = drive(g.asend(None), 0)
    elif name == "throw": r = drive(g.athrow(ValueError), t)
    elif name == "throw_inst": r = drive(g.athrow(KeyError("k")), t)
    elif name == "throw_3": r = drive(g.athrow(ValueError, ValueError("v3"), None), t)
    elif name == "throw_bad": r = show(lambda: drive(g.athrow(1), t))
    elif name == "throw_exit": r = drive(g.athrow(GeneratorExit), t)
    elif name == "close": r = drive(g.aclose(), t)
    elif name == "anext_default": r = drive(anext(g, "dflt"), t)
    elif name == "reuse":
        a = g.__anext__()
        r = (drive(a, t), show(lambda: a.send(None)), show(lambda: a.throw(ValueError)))
        b = g.aclose()
        r += (drive(b, 0), show(lambda: b.send(None)))
    elif name == "reenter":
        a = g.__anext__()
        first = show(lambda: a.send(None))
        r = (first, show(lambda: g.__anext__().send(None)), show(lambda: g.athrow(ValueError).send(None)),
             show(lambda: g.aclose().send(None)), g.ag_running, drive(a, t))
    elif name == "aw_close":
        a = g.asend(None)
        r = (show(lambda: a.send(None)), show(a.close), show(lambda: a.send(None)), g.ag_running)
    elif name == "aw_throw":
        a = g.__anext__()
        r = (show(lambda: a.throw(KeyError("aw"))), show(lambda: a.send(None)))
    else:
        r = (g.ag_running, g.ag_frame is None, type(g.ag_await).__name__, g.__name__, g.__qualname__)
    return r, list(T)
def case(i, src, ops):
    ns = {"T": T, "Step": Step, "ACM": ACM, "leaf": leaf}
    try:
        exec(src, ns)
    except SyntaxError as e:
        print(i, "SyntaxError", e.msg, e.lineno)
        return
    g = ns["agen"](1)
    KEEP.append(g)  # never collected: CPython would close it then, at a time dislab's GC does not share
    print(i, type(g).__name__, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__)
    for k, (name, t) in enumerate(ops):
        try:
            print(i, k, name, op(g, name, t))
        except BaseException as e:
            print(i, k, name, "escaped", type(e).__name__, e)
def comp(i, src, t):
    ns = {"T": T, "Step": Step, "leaf": leaf, "agen0": agen0, "bad_agen": bad_agen, "AIt": AIt}
    T.clear()
    try:
        exec(src, ns)
    except SyntaxError as e:
        print(i, "SyntaxError", e.msg, e.lineno)
        return
    try:
        print(i, drive(ns["main"](), t), T)
    except BaseException as e:
        print(i, "escaped", type(e).__name__, e)
old = sys.get_asyncgen_hooks()
print(type(old).__name__, old.firstiter, old.finalizer, len(old))
def firstiter(g): FIRST.append(g.__name__)
sys.set_asyncgen_hooks(firstiter=firstiter)
print(show(lambda: sys.set_asyncgen_hooks(firstiter=1)), show(lambda: sys.set_asyncgen_hooks(finalizer="x")))
print(show(lambda: aiter(1)), show(lambda: anext(1)), show(lambda: anext(iter([]))), show(lambda: aiter(AIt(1)).n))
'''

SOURCES = ["agen0(3)", "agen0(0)", "bad_agen()", "AIt(2)", "AIt(0)", "[1, 2]", "Step(1)"]


def async_comp(depth=0):
    kind = random.choice(["[{e} {f}]", "{{{e} {f}}}", "{{{e}: 1 {f}}}", "({e} {f})"])
    f = f"async for x in {random.choice(SOURCES)}"
    if random.random() < 0.3:
        f = random.choice([f"for x in {random.choice(['range(3)', '[await leaf(2)]', 'await leaf(1)'])}", f])
    if random.random() < 0.35:
        f += f" if {random.choice(['x', 'x % 2', 'await leaf(x)', 'x > 5', 'T.append(x) or True'])}"
    if random.random() < 0.25:
        f += f" async for y in {random.choice(SOURCES)}"
    e = random.choice(["x", "await leaf(x)", "x * 10 + len(T)", "x * 2"])
    if depth < 1 and random.random() < 0.2:
        e = async_comp(depth + 1)
    s = kind.format(e=e, f=f)
    if s.startswith("(") and random.random() < 0.8:
        s = random.choice([f"[z async for z in {s}]", f"await anext({s}, 'empty')", f"[z for z in {s}]"])
    return s


BAD = ["def main():\n    return [x async for x in agen0(1)]\n",
       "[x async for x in agen0(1)]\n",
       "def main():\n    await leaf(1)\n",
       "async def main():\n    yield 1\n    return 5\n",
       "async def main():\n    yield from [1]\n",
       "def main():\n    async for x in agen0(1): pass\n",
       "def main():\n    async with x: pass\n",
       "async def main():\n    return [[y async for y in agen0(x)] for x in range(2)]\n",
       "def main():\n    return [[y async for y in agen0(x)] for x in range(2)]\n",
       "async def main():\n    return (await leaf(x) for x in range(2))\n",
       "def main():\n    return (await leaf(x) for x in range(2))\n",
       "async def main():\n    return [(yield x) for x in range(2)]\n",
       "async def main():\n    return {await leaf(x): x async for x in agen0(2)}\n"]

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 220
for i in range(n):
    src = "\n".join(["async def agen(x):", "    got = None", "    T.append('start')"] + body(0, "    ") + ["    T.append('end')"]) + "\n"
    if "yield" not in src:
        src = src.replace("    T.append('start')", "    T.append('start')\n    yield 'first'")
    ops = [(random.choice(OPS), random.randint(0, 3)) for _ in range(random.randint(2, 7))]
    out.append(f"case({i}, {src!r}, {ops!r})")
for i in range(n):
    if random.random() < 0.1:
        src = random.choice(BAD)
    else:
        src = f"async def main():\n    return {async_comp()}\n"
    out.append(f"comp({i}, {src!r}, {random.choice([0, 0, 0, 1, 2])})")
out.append("print(FIRST.count('agen'), sorted(set(FIRST)))")
out.append("sys.set_asyncgen_hooks(*old)")
sys.stdout.write("\n".join(out) + "\n")
