import random, sys
# Random functions holding generators and coroutines in local variables, for when CPython's
# reference counts let go of them: at the function's return, at `del`, when the variable is rebound
# to a new generator or to something else (None, a number, a string), in loops that break or run out, in generator functions that hold one, and when
# the function is called hot (the compiled tier). The generators log from their finally blocks and
# GeneratorExit handlers, some fail there (sys.unraisablehook prints), and never-awaited coroutines
# warn (warnings.showwarning prints). Only uses after which CPython lets go at a moment dislab proves
# are drawn, plus escapes that keep the generator for good (kept in a list, returned and kept);
# what is kept is closed by hand at the end, since CPython would close it at exit.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 77)

PRELUDE = '''import sys, warnings
log = print
keep = []
def gen(name, n=4):
    try:
        for i in range(n):
            yield (name, i)
    finally:
        log("finally", name)
def gen_exit(name):
    try:
        yield name
        yield name + "!"
    except GeneratorExit:
        log("GeneratorExit in", name)
        raise
def gen_bad(name):
    try:
        yield name
    finally:
        raise ValueError("finally of " + name)
def gen_stubborn(name):
    try:
        yield name
    finally:
        yield "again " + name
async def coro(name):
    try:
        await Sleep(name)
    finally:
        log("coro finally", name)
class Sleep:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        yield "sleeping " + self.name
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value, getattr(u.object, "__name__", type(u.object).__name__))
warnings.simplefilter("always")
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print("warning:", category.__name__, message, "line", lineno)
'''

# how many values each yields before finishing (gen_bad's finish raises, gen_stubborn's yields again)
YIELDS = {"gen": 4, "gen_exit": 2, "gen_bad": 1, "gen_stubborn": 1, "coro": 1}


class Fn:
    """One random function: its body's lines, with what each local holds as the body goes."""

    def __init__(self, name, is_gen):
        self.name = name
        self.is_gen = is_gen
        self.returns_local = False
        self.lines = []
        self.counter = 0
        # local -> [kind, values it may still yield, started]
        self.locals = {}

    def fresh(self, var):
        kind = random.choice(list(YIELDS) + ["gen", "gen"])
        self.counter += 1
        self.locals[var] = [kind, YIELDS[kind], False]
        return f"{kind}({f'{self.name}.{var}{self.counter}'!r})"

    def use(self, pad):
        var = random.choice(list(self.locals))
        kind, left, started = self.locals[var]
        show = f"print({self.name!r}, "
        # the choices after which neither CPython nor dislab lets go of the generator before the
        # function returns or the variable is deleted or rebound to a new one, and no exception
        # leaves the function
        choices = ["is", "stmt", "del", "rebind", "rebind_value"]
        if kind == "coro":
            choices += ["send"] if not started else []
            choices += ["close"]
        else:
            if left > 1 or (left == 1 and kind in ("gen", "gen_exit")):
                choices += ["next", "send", "for_break"]
            if kind in ("gen", "gen_exit"):
                choices += ["next_default", "for_all"]
            if not (started and kind in ("gen_bad", "gen_stubborn")):
                choices += ["close"]
        pick = random.choice(choices)
        if pick == "next":
            self.lines.append(f"{pad}{show}next({var}))")
        elif pick == "next_default":
            self.lines.append(f"{pad}{show}next({var}, 'default'))")
        elif pick == "send":
            self.lines.append(f"{pad}{show}{var}.send(None))")
        elif pick == "for_break":
            self.lines += [f"{pad}for item in {var}:", f"{pad}    {show}'loop', item)", f"{pad}    break"]
        elif pick == "for_all":
            self.lines += [f"{pad}for item in {var}:", f"{pad}    pass"]
        elif pick == "close":
            self.lines.append(f"{pad}{var}.close()")
        elif pick == "is":
            self.lines.append(f"{pad}{show}{var} is None)")
        elif pick == "stmt":
            self.lines.append(f"{pad}{var}")
        elif pick == "del":
            self.lines.append(f"{pad}del {var}")
            del self.locals[var]
            return
        elif pick == "rebind":
            self.lines.append(f"{pad}{var} = {self.fresh(var)}")
            return
        elif pick == "rebind_value":
            self.lines.append(f"{pad}{var} = {random.choice(['None', '0', repr(var), '()'])}")
            del self.locals[var]
            return
        if pick in ("next", "send", "for_break"):
            left -= 1
            started = True
        elif pick == "next_default":
            left = max(0, left - 1)
            started = True
        elif pick in ("for_all", "close"):
            left = 0
            started = True
        self.locals[var] = [kind, left, started]

    def body(self):
        pad = "    "
        for _ in range(random.randint(1, 3)):
            var = random.choice(["g", "h", "it"])
            self.lines.append(f"{pad}{var} = {self.fresh(var)}")
            for _ in range(random.randint(0, 3)):
                if self.locals:
                    self.use(pad)
        if self.is_gen:
            self.lines.append(f"{pad}yield {self.name!r} + ' yields'")
            if self.locals and random.random() < 0.5:
                self.use(pad)
        # an escape makes its local unprovable for every value it holds, so it gets a local of its
        # own (CPython would still let go of a value rebound away before the escape: not modelled)
        ending = random.random()
        if ending < 0.15:
            self.lines.append(f"{pad}kept = {self.fresh('kept')}")
            self.lines.append(f"{pad}keep.append(kept)")
        self.lines.append(f"{pad}print({self.name!r}, 'returns')")
        if ending > 0.9 and not self.is_gen:
            self.lines.append(f"{pad}return {self.fresh('kept')}")
            self.returns_local = True
        return [f"def {self.name}():"] + self.lines


out = [PRELUDE]
calls = []
plain = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 150):
    fn = Fn(f"f{i}", random.random() < 0.2)
    out += fn.body()
    calls.append(f"print('{fn.name} gives', list({fn.name}()))" if fn.is_gen else f"keep.append({fn.name}())")
    calls.append(f"print('after {fn.name}')")
    if not fn.returns_local:
        plain.append(fn)
out += calls
# the compiled tier: a few of them called hot, counting what they log; what they keep is closed
out.append("counted = []")
out.append("log = lambda *a: counted.append(a[0])")
out.append("print = lambda *a: None")
out.append("kept = len(keep)")
for fn in random.sample(plain, min(5, len(plain))):
    out.append(f"for _ in range(1500): {f'list({fn.name}())' if fn.is_gen else f'{fn.name}()'}")
out.append("for g in keep[kept:]:")
out.append("    g.close()")
out.append("del keep[kept:], print")
out.append("print('hot', len(counted), sorted(set(counted))[:3])")
out.append("log = print")
out.append("for g in keep:")
out.append("    if hasattr(g, 'close'):")
out.append("        try:")
out.append("            g.close()")
out.append("        except (RuntimeError, ValueError) as e:")
out.append("            print('close:', type(e).__name__, e)")
out.append("print('end')")
print("\n".join(out))
