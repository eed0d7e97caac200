// The Session API (src/vm/session.ts): one interpreter across runs, output delivered while code runs,
// stdin read through the host's readLine, interactive statements as CPython's REPL runs them, and
// codeop's verdict on incomplete input compared with CPython 3.10.2's own codeop (the oracle).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createSession, runProgram, type SessionOptions } from "../../src/index.ts";
import { Oracle, projectRoot } from "../oracle/oracle.ts";

const STDLIB = join(projectRoot, "dist", "stdlib");
const readFile = (p: string) => {
  try {
    return new Uint8Array(readFileSync(p));
  } catch {
    return null;
  }
};

function session(extra: SessionOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const s = createSession({ path: [STDLIB], readFile, onStdout: (t) => out.push(t), onStderr: (t) => err.push(t), ...extra });
  return { s, out, err, text: () => out.join(""), errText: () => err.join("") };
}

test("globals persist between runs of one session", () => {
  const { s, text } = session();
  assert.deepEqual(s.run("x = 40\ndef f(): return x + 2\n"), { status: "ok", exitCode: 0 });
  s.run("print(f())");
  assert.equal(text(), "42\n");
  assert.equal(s.globals.getStr("x"), 40);
});

test("output reaches the callbacks while the program runs", () => {
  let seenAtRead = "";
  const { s, text } = session({ readLine: () => ((seenAtRead = text()), "typed\n") });
  s.run("print('before')\nprint(input('> '))\n");
  assert.equal(seenAtRead, "before\n> ");
  assert.equal(text(), "before\n> typed\n");
});

test("single mode echoes values through sys.displayhook and sets builtins._", () => {
  const { s, text } = session({ interactive: true });
  s.run("1 + 1", { mode: "single" });
  s.run("None", { mode: "single" });
  s.run("_ * 10", { mode: "single" });
  s.run("'a'", { mode: "single" });
  assert.equal(text(), "2\n20\n'a'\n");
  assert.equal(s.prompt(false), ">>> ");
  assert.equal(s.prompt(true), "... ");
});

test("an exception is printed by sys.excepthook, sets sys.last_value, and the session goes on", () => {
  const { s, text, errText } = session({ interactive: true });
  const r = s.runInteractive("1/0");
  assert.deepEqual(r, { status: "error", exitCode: 1, error: "ZeroDivisionError" });
  assert.equal(errText(), 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n');
  s.runInteractive("import sys; type(sys.last_value).__name__");
  assert.equal(text(), "'ZeroDivisionError'\n");
});

test("SystemExit ends the session with its status", () => {
  const { s, errText } = session();
  assert.deepEqual(s.runInteractive("raise SystemExit(7)"), { status: "exit", exitCode: 7 });
  assert.equal(s.exitCode, 7);
  assert.deepEqual(s.run("import sys; sys.exit('bye')"), { status: "exit", exitCode: 1 });
  assert.equal(errText(), "bye\n");
});

test("maxSteps and timeout stop each run with KeyboardInterrupt; the next run starts afresh", () => {
  const { s, errText } = session({ maxSteps: 100_000 });
  assert.equal(s.run("while True: pass").status, "error");
  assert.match(errText(), /KeyboardInterrupt: step limit exceeded/);
  assert.equal(s.run("n = sum(range(100))").status, "ok");
  const t = session({ timeout: 50 });
  assert.equal(t.s.run("while True: pass").status, "error");
  assert.match(t.errText(), /KeyboardInterrupt: time limit exceeded\n$/);
});

test("interrupt() from onTick raises KeyboardInterrupt in running code", () => {
  let ticks = 0;
  const box: { s?: ReturnType<typeof createSession> } = {};
  const { s, errText } = session({ onTick: () => void (++ticks === 5 && box.s!.interrupt()) });
  box.s = s;
  assert.equal(s.run("while True: pass").status, "error");
  assert.match(errText(), /\nKeyboardInterrupt\n$/);
  assert.equal(s.run("x = 1").status, "ok");
});

test("runProgram keeps its behaviour: output, traceback, exit status", () => {
  const r = runProgram("import sys\nprint(sys.argv, __name__)\nsys.exit(3)\n", { filename: "p.py", argv: ["p.py", "a"] });
  assert.deepEqual(r, { stdout: "['p.py', 'a'] __main__\n", stderr: "", exitCode: 3 });
});

test("completions follow rlcompleter", () => {
  const { s } = session();
  s.run("class A:\n  x = 1\n  def meth(self): pass\na = A()\n");
  assert.deepEqual(s.completions("a."), ["a.meth(", "a.x"]);
  assert.deepEqual(s.completions("pri"), ["print("]);
  assert.ok(s.completions("whi").includes("while "));
});

// Inputs as the REPL accumulates them (lines joined by "\n"): codeop decides, in CPython 3.10.2.
const INPUTS = [
  "x = 1", "if x:", "if x:\n  pass", "if x:\n  pass\n", "1 +", "x y", "(1,", "(1,\n2)", "'''abc", "def f(a):\n    return a",
  "def f(a):\n    return a\n", "class A:\n  def f(self):\n    pass", "for i in range(3): print(i)", "for i in range(3): print(i)\n",
  "@dec", "@dec\ndef f(): pass", "if 1:\n  pass\nelse:", "x = [", "x = [\n1,\n2]", "# only a comment", "", "\\", "a = 1 \\",
  "try:\n  pass", "try:\n  pass\nexcept:\n  pass\n", "lambda: (yield)", "f(**)", "print 'a'", "match x:", "async def f():\n  await x\n",
  "if 1:\n  x = (1,\n  2)", "def f():\n  '''doc", "def f():\n  '''doc\n  '''", "return 1", "x = 1\ny = 2",
];

test("incomplete input is detected as CPython 3.10.2's codeop detects it", async () => {
  const oracle = await (await Oracle.get()).ready();
  oracle.eval("import codeop");
  for (const src of INPUTS) {
    const theirs = oracle.eval(
      `def _verdict(src):\n    try:\n        return "incomplete" if codeop.compile_command(src, "<stdin>", "single") is None else "complete"\n    except (SyntaxError, ValueError, OverflowError) as e:\n        return "error " + repr(e)\n_verdict(${JSON.stringify(src)})`,
    ) as string;
    const { s, errText } = session({ interactive: true, compile: undefined });
    const r = s.runInteractive(src);
    const ours = r === "incomplete" ? "incomplete" : errText().includes("SyntaxError") || errText().includes("IndentationError") ? "error" : "complete";
    assert.equal(ours, theirs.split(" ")[0], `${JSON.stringify(src)}: CPython says ${theirs}; dislab printed ${errText()}`);
  }
});
