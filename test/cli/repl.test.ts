// dislab's REPL and streaming `run`, as a user runs them (node bin/dislab.js, on the built dist/).
// Interactive sessions are piped into `dislab -i` and compared with CPython 3.10.2's own interactive
// console (test/cli/interactive-console.py in the oracle): stdout byte for byte, stderr (prompts,
// tracebacks, syntax errors) apart from dislab's banner. A terminal session runs through a
// pseudo-terminal (util-linux `script`) when one is available.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../oracle/oracle.ts";
import { ProgramOracle } from "../oracle/runner.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const BIN = join(projectRoot, "bin", "dislab.js");
const dislab = (args: string[], input = "") => spawnSync(process.execPath, ["--stack-size=3000", BIN, ...args], { cwd: projectRoot, encoding: "utf8", input });
const programs = await new ProgramOracle().ready();

function cpythonConsole(lines: string): { stdout: string; stderr: string; exitCode: number } {
  return programs.run({ path: "test/cli/interactive-console.py", args: [], stdin: lines, exit: 0 });
}

/** The article's session ("An intro to Python bytecodes"), as typed at the prompt. */
const ARTICLE = `def hello(name):
    return f'Hello, {name}!'

type(hello)
hello('world')
dir(hello.__code__)
hello.__code__.co_code
import dis
dis.dis(hello)
hello.__code__.co_consts
hello.__code__.co_varnames
`;

const ERRORS = `if 1:
  print(5)

1 +
x y
"\\d"
_
3
_
(1,
2)
undefined_name
def f():
  return 1/0

f()
from __future__ import annotations
import sys; sys.last_type
class A:
  def f(self):
    pass

for i in range(2):
  i

if 1:
  pass
else:
  pass

@property
def g(): pass

print("a", end="")
exit(3)
`;

const WARNINGS_AND_HOOKS = `x = 1
x is 1
if x is 1:
  print("y")

"\\d"
import warnings; warnings.warn("hey")
import sys; sys.ps1 = "$ "
1
sys.ps2 = 5
if 1:
  2

sys.displayhook = lambda v: print("DH", v)
3
del sys.displayhook
4
`;

function assertSameSession(lines: string): void {
  const theirs = cpythonConsole(lines);
  const ours = dislab(["-i"], lines);
  const banner = /^dislab \S+ \(Python 3\.10\.2 on Node [^)]*\) on \w+\nType "help", "copyright", "credits" or "license" for more information\.\n/;
  assert.match(ours.stderr, banner);
  assert.equal(ours.stdout, theirs.stdout);
  assert.equal(ours.stderr.replace(banner, ""), theirs.stderr);
  assert.equal(ours.status, theirs.exitCode);
}

test("the article's session prints what CPython 3.10 prints", () => assertSameSession(ARTICLE));

test("continuation lines, syntax errors, tracebacks, _ and exit() as in CPython's console", () => assertSameSession(ERRORS));

test("compile warnings, warnings.warn, sys.ps1/ps2 and sys.displayhook changed at the prompt, as in CPython's console", () => assertSameSession(WARNINGS_AND_HOOKS));

test("-i after -c: the program's globals, then the REPL; -q drops the banner", () => {
  const r = dislab(["-q", "-i", "-c", "x = 6"], "x * 7\n");
  assert.equal(r.stdout, "42\n");
  assert.equal(r.stderr, ">>> >>> \n");
  assert.equal(r.status, 0);
});

test("-i: SystemExit in the program is printed and the REPL follows; at the prompt it ends the session (local CPython 3.10)", (t) => {
  const exe = localCPython310();
  if (!exe) return t.skip("no local CPython 3.10");
  const args = ["-i", "-c", "import sys; x = 5; sys.exit(3)"];
  const input = "x\nraise SystemExit(4)\n";
  const theirs = spawnSync(exe, args, { encoding: "utf8", input });
  const ours = dislab(args, input);
  assert.deepEqual({ stdout: ours.stdout, stderr: ours.stderr, status: ours.status }, { stdout: theirs.stdout, stderr: theirs.stderr, status: theirs.status });
});

test("piped stdin without -i runs as a program named <stdin>", () => {
  const r = dislab([], "import sys\nprint(sys.argv, __name__)\n1/0\n");
  assert.equal(r.stdout, "[''] __main__\n");
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nZeroDivisionError: division by zero\n');
  assert.equal(r.status, 1);
});

test("input() reads stdin line by line; -c has no __file__", () => {
  const r = dislab(["-c", "print(input('a? '), input()); print('__file__' in globals())"], "one\ntwo\nthree\n");
  assert.equal(r.stdout, "a? one two\nFalse\n");
});

test("--max-steps and --timeout stop a runaway program with KeyboardInterrupt and status 1", () => {
  const steps = dislab(["--max-steps", "10000", "-c", "while True: pass"]);
  assert.equal(steps.stderr, 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nKeyboardInterrupt: step limit exceeded (10000 instructions)\n');
  assert.equal(steps.status, 1);
  const time = dislab(["--timeout", "0.2", "-c", "while True: pass"]);
  assert.match(time.stderr, /KeyboardInterrupt: time limit exceeded\n$/);
  assert.equal(time.status, 1);
  assert.equal(dislab(["run", "--timeout", "x", "f.py"]).status, 2);
});

test("dislab run on a terminal: Ctrl-C raises KeyboardInterrupt in the program (finally runs), status 130", { skip: !hasScript() && "no util-linux script for a pseudo-terminal" }, async () => {
  const child = spawn("script", ["-q", "-e", "-c", `${process.execPath} --stack-size=3000 ${BIN} -c "print('start')\ntry:\n    while True: pass\nfinally:\n    print('cleanup')"`, "/dev/null"], { cwd: projectRoot });
  let screen = "";
  child.stdout.on("data", (d: Buffer) => (screen += d.toString()));
  for (let i = 0; i < 600 && !screen.includes("start"); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300));
  child.stdin.write("\x03");
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  assert.equal(screen.replace(/\r/g, ""), 'start\ncleanup\nTraceback (most recent call last):\n  File "<string>", line 3, in <module>\nKeyboardInterrupt\n');
  assert.equal(code, 130);
});

test("output reaches a pipe while the program still runs", async () => {
  const child = spawn(process.execPath, ["--stack-size=3000", BIN, "--timeout", "20", "-c", "print('started')\nwhile True: pass"], { cwd: projectRoot });
  const first = await new Promise<string>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(d.toString())));
  const stillRunning = child.exitCode === null;
  child.kill();
  assert.equal(first, "started\n");
  assert.ok(stillRunning, "the first line arrived only when the program ended");
});

test("a reader that goes away raises BrokenPipeError in the program, which then ends (status 1)", async () => {
  const child = spawn(process.execPath, ["--stack-size=3000", BIN, "-c", "while True: print(1)"], { cwd: projectRoot });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  assert.equal(stderr, 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n');
  assert.equal(code, 1);
});

function hasScript(): boolean {
  return spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
}

test("on a terminal: prompts, Ctrl-C interrupts running code and keeps the session, input() edits its line, Ctrl-D leaves", { skip: !hasScript() && "no util-linux script for a pseudo-terminal" }, async () => {
  const child = spawn("script", ["-q", "-e", "-c", `${process.execPath} --stack-size=3000 ${BIN}`, "/dev/null"], {
    cwd: projectRoot,
    env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), "dislab-repl-")), TERM: "dumb" },
  });
  let screen = "";
  child.stdout.on("data", (d: Buffer) => (screen += d.toString()));
  const waitFor = async (text: string, from: number) => {
    for (let i = 0; i < 600 && !screen.slice(from).includes(text); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(screen.slice(from).includes(text), `expected ${JSON.stringify(text)} in ${JSON.stringify(screen.slice(from))}`);
  };
  const type = (keys: string) => child.stdin.write(keys);
  await waitFor(">>> ", 0);
  assert.match(screen, /^dislab \S+ \(Python 3\.10\.2/);
  let mark = screen.length;
  type("6 * 7\r");
  await waitFor("42", mark);
  mark = screen.length;
  type("while True: pass\r");
  await waitFor("... ", mark);
  type("\r");
  await new Promise((r) => setTimeout(r, 500));
  type("\x03");
  await waitFor("KeyboardInterrupt", mark);
  mark = screen.length;
  type("'still here'\r");
  await waitFor("'still here'", mark);
  // Keys typed while code runs are read after it.
  mark = screen.length;
  type("for i in range(2 * 10**6): pass\r\r");
  await new Promise((r) => setTimeout(r, 100));
  type("5 + 5\r");
  await waitFor("10", mark);
  // input() edits its line on the terminal: Backspace, then Enter.
  mark = screen.length;
  type("input('q? ')\r");
  await waitFor("q? ", mark);
  type("abc\x7fd\r");
  await waitFor("'abd'", mark);
  type("\x04");
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  assert.equal(code, 0);
});
