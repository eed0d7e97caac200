import random, sys
# Random call chains that fail: functions calling later ones, raising in try bodies, handlers and
# finally blocks, re-raising, chaining (raise ... from e, from None), failing builtins (1/0, [][1],
# {}['k'], None.attr, int('x')), generators and lambdas on the way. Each case is written to a module
# file (so tracebacks show source lines), imported, run, and its exception printed with
# traceback.format_exception: the frames, line numbers, source lines and the chaining text.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 55)

FAILS = ["1 / 0", "[][1]", "{}['k']", "None.attr", "int('x')", "raise ValueError('v')", "raise KeyError(1)",
         "assert a < 0, 'neg'", "raise TypeError", "x = undefined_name", "(1).foo()", "'a' + 1", "next(iter([]))"]


def function(i, n):
    lines = [f"def f{i}(a):"]
    callees = [f"f{j}(a + 1)" for j in range(i + 1, n)] + [f"(lambda v: f{j}(v))(a)" for j in range(i + 1, n)] + [f"list(g(lambda: f{j}(a)))" for j in range(i + 1, n)]
    def act(pad):
        if callees and random.random() < 0.6:
            return f"{pad}{random.choice(callees)}"
        return f"{pad}{random.choice(FAILS)}"
    r = random.random()
    if r < 0.3:
        lines.append(act("    "))
    elif r < 0.55:
        exc = random.choice(["Exception", "ZeroDivisionError", "(KeyError, IndexError)", "BaseException"])
        handler = random.choice(["raise", "raise RuntimeError('wrapped') from e", "raise RuntimeError('hidden') from None",
                                 "raise LookupError('during')", f"{random.choice(FAILS)}", "return 'handled'", "raise e"])
        lines += ["    try:", act("        "), f"    except {exc} as e:", f"        {handler}"]
    elif r < 0.75:
        lines += ["    try:", act("        "), "    finally:", "        " + random.choice(["pass", "a += 1", random.choice(FAILS), "print('finally', a)"])]
    elif r < 0.9:
        lines += ["    with open(__file__) as fh:", act("        ")]
    else:
        lines += ["    for k in range(2):", f"        if k == a % 2:", act("            ")]
    lines.append("    return a")
    return lines


out = ['''import importlib, sys, traceback
sys.path.insert(0, "/tmp")
def g(fn):
    yield fn()
''']
for case in range(int(sys.argv[2]) if len(sys.argv) > 2 else 120):
    n = random.randint(2, 5)
    src = ["def g(fn):", "    yield fn()", ""]
    for i in range(n):
        src += function(i, n) + [""]
    name = f"tbcase_{sys.argv[1] if len(sys.argv) > 1 else 55}_{case}"
    text = "\n".join(src)
    out.append(f'''with open("/tmp/{name}.py", "w") as fh:
    fh.write({text!r})
importlib.invalidate_caches()
try:
    print(importlib.import_module({name!r}).f0(0))
except BaseException as e:
    # (from the module's frames on: the oracle runs this program as "<exec>", without source lines)
    print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)))
    print(type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)''')
sys.stdout.write("\n".join(out) + "\n")
