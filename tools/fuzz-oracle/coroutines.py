import random, sys
# Random coroutines: async functions awaiting each other, custom awaitables (their __await__
# yielding values a hand-written driver sees), async with (managers that suppress or not), async for
# over async generators (with break, exceptions thrown in, aclose), try/except/finally around
# awaits, returns and raises. Each is driven by send(None) (or throw() at random steps) until it
# finishes; the trace it leaves, the values it yielded to the driver and its result or exception
# are printed, as are the messages of misuse (awaiting twice, a coroutine never started).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 166)

counter = [0]


def mark():
    counter[0] += 1
    return f"T.append({counter[0]})"


def body(depth, pad, in_loop=False):
    lines = []
    for _ in range(random.randint(1, 3)):
        r = random.random()
        if r < 0.2:
            lines.append(pad + mark())
        elif r < 0.35:
            lines.append(pad + f"x = await {random.choice(['Step(1)', 'Step(2)', 'leaf(x)', 'leaf(0)', 'Step(0)', 'Bad()'])}")
        elif r < 0.42:
            lines.append(pad + f"return {random.choice(['x', 'len(T)', 'None'])}")
        elif r < 0.5:
            lines.append(pad + f"raise {random.choice(['ValueError(x)', 'KeyError(1)', 'StopIteration', 'StopAsyncIteration'])}")
        elif r < 0.6 and depth < 3:
            lines.append(pad + "try:")
            lines += body(depth + 1, pad + "    ", in_loop)
            lines.append(pad + f"except {random.choice(['ValueError', 'Exception', 'KeyError', 'RuntimeError'])} as e:")
            lines.append(pad + "    T.append(('caught', type(e).__name__))")
            lines += body(depth + 1, pad + "    ", in_loop)
            if random.random() < 0.5:
                lines.append(pad + "finally:")
                lines.append(pad + f"    {mark()}")
                if random.random() < 0.3:
                    lines.append(pad + "    x = await Step(9)")
        elif r < 0.72 and depth < 3:
            lines.append(pad + f"async with ACM({counter[0]}, {random.choice(['True', 'False'])}) as w:")
            counter[0] += 1
            lines += body(depth + 1, pad + "    ", in_loop)
        elif r < 0.85 and depth < 3:
            lines.append(pad + f"async for v in agen({random.randint(0, 3)}):")
            lines.append(pad + "    T.append(('v', v))")
            if random.random() < 0.4:
                lines.append(pad + f"    if v == {random.randint(0, 2)}: break")
            lines += body(depth + 1, pad + "    ", True)
        elif in_loop and r < 0.9:
            lines.append(pad + random.choice(["break", "continue"]))
        else:
            lines.append(pad + f"x = x + {random.randint(1, 3)}")
    return lines


PRELUDE = '''import types
T = []
class Step:
    def __init__(self, n): self.n = n
    def __await__(self):
        got = yield ("step", self.n)
        T.append(("resumed", got))
        return self.n
class Bad:
    def __await__(self): return 5
class ACM:
    def __init__(self, k, sup): self.k = k; self.sup = sup
    async def __aenter__(self):
        T.append(("aenter", self.k))
        await Step(0)
        return self.k
    async def __aexit__(self, t, v, tb):
        T.append(("aexit", self.k, t and t.__name__))
        return self.sup
async def agen(n):
    try:
        for i in range(n):
            got = yield i
            T.append(("agen got", got))
            await Step(5)
    finally:
        T.append("agen finally")
async def leaf(v):
    await Step(3)
    return v * 2
def drive(coro, throws):
    yielded = []
    step = 0
    try:
        v = coro.send(None)
        while True:
            yielded.append(v)
            step += 1
            if step > 40:
                coro.close()
                return yielded, "too long"
            v = coro.throw(ValueError("thrown")) if step in throws else coro.send(step)
    except StopIteration as e:
        return yielded, ("returned", e.value)
    except BaseException as e:
        return yielded, (type(e).__name__, str(e))
def case(src, throws):
    T.clear()
    ns = {"T": T, "Step": Step, "Bad": Bad, "ACM": ACM, "agen": agen, "leaf": leaf}
    try:
        exec(src, ns)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
        return
    c = ns["main"](1)
    print(drive(c, throws), T)
    try:
        c.send(None)
    except BaseException as e:
        print("again:", type(e).__name__, e)
'''
out = [PRELUDE]
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
    src = "\n".join(["async def main(x):"] + body(0, "    ")) + "\n"
    throws = sorted(random.sample(range(1, 8), random.randint(0, 2)))
    out.append(f"case({src!r}, {throws!r})")
sys.stdout.write("\n".join(out) + "\n")
