// Limits and safety: maxSteps and timeout end a runaway program with KeyboardInterrupt that
// `except Exception` cannot catch and that stays raised (finally blocks and bare excepts cannot
// keep it running); an embedder's interrupt buffer raises KeyboardInterrupt as SIGINT does (once,
// catchable); deep recursion, Python or native, is a RecursionError with CPython's message and
// never a JavaScript stack overflow (expected text from the local CPython 3.10 when there is one:
// the WebAssembly oracle itself dies of a JS stack overflow on such programs).
// Unlike CPython, hash() of a tuple nested 100,000 deep is a RecursionError here (CPython's C
// stack copes; V8's does not), so it is not compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runProgram } from "../../src/vm/index.ts";
import { startProgram } from "../../src/vm/stepper.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { projectRoot } from "../oracle/oracle.ts";

test("maxSteps: KeyboardInterrupt that except Exception, bare except and finally cannot swallow", () => {
  const src = `
def spin():
    while True:
        try:
            pass
        except Exception:
            print("swallowed")
while True:
    try:
        spin()
    except:
        pass
    finally:
        x = 1
`;
  const r = runProgram(src, { filename: "spin.py", maxSteps: 50_000 });
  assert.equal(r.exitCode, 1);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /KeyboardInterrupt: step limit exceeded \(50000 instructions\)\n$/);
});

test("timeout: KeyboardInterrupt with 'time limit exceeded'", () => {
  const r = runProgram("while True: pass\n", { filename: "t.py", timeout: 50 });
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /KeyboardInterrupt: time limit exceeded\n$/);
});

test("the limits hold while a trace function runs on every line", () => {
  const src = "import sys\ndef t(f, e, a):\n    return t\nsys.settrace(t)\nwhile True:\n    pass\n";
  const r = runProgram(src, { filename: "t.py", timeout: 100 });
  assert.match(r.stderr, /KeyboardInterrupt: time limit exceeded\n$/);
  const r2 = runProgram(src, { filename: "t.py", maxSteps: 20_000 });
  assert.match(r2.stderr, /KeyboardInterrupt: step limit exceeded \(20000 instructions\)\n$/);
});

test("interrupt() raises KeyboardInterrupt once, at an instruction boundary, catchable as SIGINT's", () => {
  const src = "n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e), n > 0)\nprint('after')\n";
  const s = startProgram(src, { filename: "i.py" });
  for (let k = 0; k < 30; k++) s.step("instruction");
  s.interrupt();
  assert.deepEqual(s.run(), { stdout: "caught KeyboardInterrupt() True\nafter\n", stderr: "", exitCode: 0 });
});

test("interrupt() runs the program's SIGINT handler, or nothing under SIG_IGN", () => {
  const src = "import _signal as signal\nhits = []\nsignal.signal(signal.SIGINT, lambda n, f: hits.append(n))\ni = 0\nwhile not hits:\n    i += 1\nprint('handled', hits)\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nfor k in range(50):\n    pass\nprint('ignored')\n";
  const s = startProgram(src, { filename: "h.py" });
  let st = s.step("line");
  while (st !== null && st.frames[st.frames.length - 1].line !== 6) st = s.step("line");
  s.interrupt();
  for (st = s.step("line"); st !== null && st.frames[st.frames.length - 1].line !== 9; st = s.step("line"));
  s.interrupt();
  assert.deepEqual(s.run(), { stdout: "handled [2]\nignored\n", stderr: "", exitCode: 0 });
});

const deep = `
import sys
def show(f):
    try:
        f()
    except RecursionError as e:
        print(type(e).__name__, e)
def rec(n): return rec(n + 1)
show(lambda: rec(0))
class R:
    def __repr__(self): return f"R({self!r})"
show(lambda: repr(R()))
class E:
    def __eq__(self, o): return self == o
show(lambda: E() == E())
l = []
for i in range(5000): l = [l]
show(lambda: repr(l))
d = {}
for i in range(5000): d = {"k": d}
show(lambda: str(d))
a, b = [], []
for i in range(5000): a, b = [a], [b]
show(lambda: a == b)
t = ()
for i in range(5000): t = (t,)
show(lambda: isinstance(1, t))
show(lambda: issubclass(int, t))
show(lambda: [l].index([l]))
class G:
    def __getattr__(self, n): return getattr(self, n)
show(lambda: G().x)
class P:
    @property
    def p(self): return self.p
show(lambda: P().p)
class In:
    def __init__(self): In()
show(lambda: In())
show(lambda: exec("def f(): f()\\nf()", {}))
sys.setrecursionlimit(50)
show(lambda: rec(0))
print("ok")
`;

test("deep recursion is RecursionError with CPython's messages, never a JS stack overflow", () => {
  const r = runProgram(deep, { filename: "deep.py" });
  assert.equal(r.stderr, "");
  assert.doesNotMatch(r.stdout, /internal error|Maximum call stack/);
  const py = localCPython310();
  if (py !== null) {
    const expected = execFileSync(py, ["-c", deep], { encoding: "utf8" });
    assert.equal(r.stdout, expected);
  } else {
    assert.match(r.stdout, /^RecursionError maximum recursion depth exceeded\n/);
  }
});

// A JS stack smaller than the command's (`node bin/dislab.js` without its shebang's --stack-size)
// overflows before the recursion limit in native recursion; the RecursionError still names the
// operation it happened in, as Py_EnterRecursiveCall's suffix would.
test("a JS stack overflow in repr, str or a comparison becomes that operation's RecursionError", () => {
  const src = `
l = []
for i in range(100000): l = [l]
t = ()
for i in range(100000): t = (t,)
for f in (lambda: repr(l), lambda: str({1: l}), lambda: t == ((t,),)):
    try: f()
    except RecursionError as e: print(e)
`;
  const out = execFileSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), "-c", src], { encoding: "utf8" });
  assert.equal(
    out,
    "maximum recursion depth exceeded while getting the repr of an object\n".repeat(2) + "maximum recursion depth exceeded in comparison\n",
  );
});
