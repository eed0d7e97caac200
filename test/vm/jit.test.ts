// The compiled tier (src/vm/jit) against the interpreter and CPython:
// - every code object of CPython's standard library (as dislab compiles it) gets consistent stack
//   heights and generated text that is valid JavaScript;
// - every conformance program in test/programs/PASSING prints what CPython prints also when every
//   code object is compiled the first time it runs (DISLAB_JIT_HOT=1), not only the hot ones;
// - what only the tiers' hand-over can get wrong: tracing switched on inside a compiled loop,
//   interrupts and step limits, deep recursion past the nesting bound, and tracebacks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { compile } from "../../src/compiler/index.ts";
import { CodeObject } from "../../src/bytecode/code.ts";
import { PyCode } from "../../src/objects/code.ts";
import { runProgram } from "../../src/index.ts";
import { compileCode } from "../../src/vm/jit/emit.ts";
import { compileAfter, jitPolicy } from "../../src/vm/jit/tier.ts";
import { listPrograms } from "../oracle/runner.ts";
import { stdlibCorpus } from "../oracle/oracle.ts";
import { DislabWorker, firstDifference, oracleAnswers, readPassing } from "../../tools/conformance.ts";

function* codeObjects(co: CodeObject): Generator<CodeObject> {
  yield co;
  for (const c of co.co_consts) if (c instanceof CodeObject) yield* codeObjects(c);
}

test("every code object of the standard library compiles to valid JavaScript with consistent stack heights", async () => {
  const { root, files } = await stdlibCorpus();
  let compiled = 0;
  const refused: string[] = [];
  for (const file of files) {
    let top: CodeObject;
    try {
      top = compile(readFileSync(join(root, file)), { filename: file });
    } catch {
      continue; // the few files CPython's own compiler rejects (lib2to3 test data)
    }
    for (const co of codeObjects(top)) {
      if (co.co_code.length / 2 > 4000) continue; // left to the interpreter by design
      const fn = compileCode(new PyCode(co));
      if (fn === null) refused.push(`${file}: ${co.co_name}`);
      else compiled++;
    }
  }
  assert.deepEqual(refused, []);
  assert.ok(compiled > 15000, `only ${compiled} code objects`);
});

test("code objects whose generated text is the same run one compiled function, each with its own constants and names", () => {
  const source = "def f(o):\n    return o.real + 1\na = f\ndef f(o):\n    return o.imag + 2.5\nprint([(a(x), f(x)) for x in (3, 2.5, 1j)])\n";
  const [f1, f2] = compile(source, { filename: "same.py" }).co_consts.filter((c): c is CodeObject => c instanceof CodeObject);
  const [c1, c2, c1again] = [f1!, f2!, f1!].map((co) => compileCode(new PyCode(co)));
  assert.ok(c1 && c2 && c1again);
  assert.equal(c1.run, c2.run);
  assert.equal(c1.run, c1again.run);
  const [interpreted, compiled] = bothTiers(source);
  assert.equal(compiled, interpreted);
  assert.equal(compiled, "[(4, 2.5), (3.5, 2.5), (1.0, 3.5)]\nexit 0");
});

/** Runs `source` with the compiled tier off, and with every code object compiled at its first run. */
function bothTiers(source: string, options: { maxSteps?: number } = {}): [string, string] {
  const run = (jit: boolean) => {
    const saved = { ...jitPolicy };
    compileAfter(1);
    try {
      const r = runProgram(source, { filename: "case.py", jit, ...options });
      return `${r.stdout}${r.stderr}exit ${r.exitCode}`;
    } finally {
      Object.assign(jitPolicy, saved);
    }
  };
  return [run(false), run(true)];
}

describe("the compiled tier behaves as the interpreter", () => {
  const cases: [string, string][] = [
    ["a trace function set inside a compiled loop sees the lines after it", `
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        print(event, frame.f_lineno)
    return tracer
def work():
    total = 0
    for i in range(6):
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        total += i
    sys.settrace(None)
    return total
print(work())
`],
    ["f_lineno and f_lasti of a caller inside a compiled loop", `
import sys
def where():
    f = sys._getframe(1)
    return f.f_lineno, f.f_lasti
def loop():
    out = []
    for i in range(3):
        out.append(where())
        x = i * 2
        out.append(where())
    return out
print(loop())
`],
    ["deep recursion past the nesting bound raises RecursionError with CPython's traceback shape", `
import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(900))
try:
    down(5000)
except RecursionError as e:
    print("RecursionError", e)
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1)
boom(300)
`],
    ["exceptions through compiled frames, handlers, finally and with", `
class R:
    def __enter__(self): return self
    def __exit__(self, *e):
        print("exit", e[0].__name__ if e[0] else None)
        return e[0] is KeyError
def f(i):
    try:
        with R():
            if i % 3 == 0: raise ValueError(i)
            if i % 3 == 1: {}[i]
            return i
    except ValueError as e:
        return -1
    finally:
        print("finally", i)
print([f(i) for i in range(6)])
`],
    ["generators, yield from and send through compiled frames", `
def inner():
    x = yield 1
    while x is not None:
        x = yield x * 2
    return "done"
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g), g.send(5), g.send(7), g.send(None))
print(sum(i * i for i in range(100)), list(zip(range(3), "abc")))
`],
    ["compiled functions called from compiled code: tracing set inside a callee, exceptions, missing keys", `
import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def callee(i):
    if i == 3:
        sys.settrace(tracer)
    d = {}
    try:
        d[i]
    except KeyError:
        i += 10
    if i == 14:
        raise ValueError(i)
    return i
def caller():
    out = []
    for i in range(6):
        try:
            out.append(callee(i))
        except ValueError as e:
            out.append(-1)
    sys.settrace(None)
    return out
print(caller())
`],
    ["generators resumed and yielding in compiled code: f_lasti, throw, close, tracing set inside", `
import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def gen(n):
    for i in range(n):
        try:
            got = yield i * i
        except KeyError as e:
            yield "caught " + str(e)
        if got == "trace":
            sys.settrace(tracer)
    return "end"
g = gen(10)
print(next(g), g.gi_frame.f_lasti, g.gi_frame.f_lineno)
print(g.send(None), g.throw(KeyError("k")), next(g))
print(g.send("trace"), next(g))
sys.settrace(None)
g.close()
print(g.gi_frame, list(gen(4)), sum(x for x in gen(50) if x % 3))
`],
    ["a callee run from native code makes a call past the nesting bound", `
class A:
    def __init__(self, n):
        m = self.down
        self.v = m(n)
    def down(self, n):
        if n == 250:
            try:
                A(-1)
            except ZeroDivisionError as e:
                print("caught", e)
        if n < 0:
            return 1 // 0
        return 0 if n == 0 else A(n - 1).v + 1
print(A(300).v)
`],
    ["intermediate results kept in locals: an exception mid-expression, handlers, loop-owned generators", `
def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen closed", n)
def f(xs):
    out = []
    for x in xs:
        try:
            out.append((1.5 * x + 2.0 * x) * (1 / x) - x ** 2)
        except ZeroDivisionError as e:
            out.append(str(e))
        for y in gen(3):
            try:
                z = x * 2.0 + y / (x - 1) + [x, y, x][y]
            except ZeroDivisionError:
                z = "zero"
                break
        out.append((x, z, x < 2 < 3, x is None, x in (1, 2), f"{x * 1.5:.2f}{x}"))
    return out
print(f([0, 1, 2, 3]))
def g():
    try:
        x[a] += 1
    except UnboundLocalError as e:
        print(e)
    a = 1; x = [1, 2]
    x[a] -= 0.5 * a
    print(x)
g(); g()
`],
    ["exceptions unwound to handlers of the compiled frame itself: raise, bare raise, raise from, re-raises of with/finally/except", `
import sys, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return exc[0] is KeyError
def inner(i):
    if i % 2: raise ValueError(i)
    if i % 4 == 2: raise IndexError(i)
    return {}[i]
def f(n):
    out = []
    for i in range(n):
        try:
            try:
                with CM():
                    inner(i) if i % 3 else {}[i]
            except ValueError as e:
                out.append(("V", e.args, e.__context__))
                raise TypeError("t") from e if i == 5 else None
            finally:
                out.append("fin")
        except TypeError as e:
            out.append(("T", repr(e.__cause__), e.__suppress_context__, repr(e.__context__)))
        except:
            out.append(("bare", sys.exc_info()[0].__name__))
            try:
                raise
            except Exception as e2:
                out.append(("re", type(e2).__name__, e2.__traceback__.tb_lineno, e2.__traceback__.tb_next.tb_lineno))
    return out
print(f(8))
def g():
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise
        finally:
            print("g finally", sys.exc_info()[0])
try:
    g()
except KeyError:
    traceback.print_exc(file=sys.stdout)
def h():
    try:
        raise
    except RuntimeError as e:
        print("h", e, e.__context__)
    try:
        raise 5
    except TypeError as e:
        print("h", e)
h()
def gen():
    for i in range(3):
        try:
            yield 1 / (i - 1)
        except ZeroDivisionError as e:
            yield repr(e)
print(list(gen()))
def unhandled(d):
    try:
        d["k"]
    except IndexError:
        pass
    finally:
        print("unhandled finally", sys.exc_info())
try:
    unhandled({})
except KeyError:
    traceback.print_exc(file=sys.stdout)
`],
    ["a step limit stops a compiled loop", `
i = 0
while True:
    i += 1
`],
  ];
  for (const [name, source] of cases) {
    test(name, () => {
      const [interpreted, compiled] = bothTiers(source, name.startsWith("a step limit") ? { maxSteps: 100_000 } : {});
      assert.equal(compiled, interpreted);
    });
  }
});

describe("with every code object compiled, dislab prints what CPython 3.10 prints", async () => {
  process.env.DISLAB_JIT_HOT = "1";
  const passing = readPassing();
  const answers = await oracleAnswers(listPrograms().filter((p) => passing.has(p.path)));
  const dislab = await DislabWorker.start();
  after(() => dislab.stop());
  for (const { spec, run } of answers) {
    test(spec.path, async () => {
      const outcome = await dislab.run(spec);
      if (!outcome.ok) assert.fail(outcome.error);
      const d = firstDifference(run, outcome.result);
      assert.equal(d, null, d ?? "");
    });
  }
});
