// Deeply nested input on V8's default stack (about 1 MB), in a fresh process where nothing is
// optimised yet, as a library user compiles it: what CPython 3.10 accepts compiles (200 levels of
// brackets, ~2990 of unary operators and other chains), and beyond its limits the error is
// CPython's. Each source is compiled cold in its own child process (deep/child.ts) and compared
// with the oracle's outcome: success, or the exception's type, message and position.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Oracle } from "../../oracle/oracle.ts";

const N = 200; // CPython's tokenizer takes 200 open brackets (MAXLEVEL), not 201
const CASES: [string, string, "exec" | "eval"][] = [
  ["parentheses", "(".repeat(N) + "x" + ")".repeat(N), "eval"],
  ["too many parentheses", "(".repeat(N + 1) + "x" + ")".repeat(N + 1), "eval"],
  ["lists", "[".repeat(N) + "x" + "]".repeat(N), "eval"],
  ["dicts", "{x:".repeat(N) + "x" + "}".repeat(N), "eval"],
  ["calls", "f(".repeat(N) + "x" + ")".repeat(N), "eval"],
  ["subscripts", "a[".repeat(N) + "x" + "]".repeat(N), "eval"],
  ["negated parentheses", "-(".repeat(N) + "x" + ")".repeat(N), "eval"],
  ["comprehensions", "[x for x in ".repeat(N) + "y" + "]".repeat(N), "eval"],
  ["invalid syntax inside", "(".repeat(N) + "x y" + ")".repeat(N), "exec"],
  ["never closed", "(".repeat(N) + "x" + ")".repeat(N - 1), "exec"],
  ["targets", "[".repeat(N) + "x" + "]".repeat(N) + " = 1\n", "exec"],
  ["annotations", "from __future__ import annotations\nx: " + "a[".repeat(N) + "int" + "]".repeat(N) + "\n", "exec"],
  ["nested tuple constant", "x = " + "(".repeat(N) + "1," + "),".repeat(N - 1) + ")\n", "exec"],
  ["in a method", "class A:\n def f(self):\n  while y:\n   return " + "(".repeat(N) + "x" + ")".repeat(N) + "\n", "exec"],
  ["unary minus", "-".repeat(2900) + "x", "eval"],
  ["not", "not ".repeat(2900) + "x", "eval"],
  ["sums", Array(2900).fill("a").join("+"), "eval"],
  ["powers", Array(2900).fill("a").join("**"), "eval"],
  ["unary minus beyond the limit", "-".repeat(4000) + "x", "eval"],
  ["attribute chain", "a" + ".b".repeat(2900), "eval"],
  ["call chain", "a" + "()".repeat(2900), "eval"],
  ["subscript chain", "a" + "[0]".repeat(2900), "eval"],
  ["conditional expressions", "a if b else ".repeat(2900) + "c", "eval"],
  ["elif chain", "if a: pass\n" + "elif a: pass\n".repeat(2900), "exec"],
  // 300, not 2900: the oracle encodes the nested code objects recursively in Python, whose own
  // recursion limit stops it before 900; dislab compiles 2987 levels cold (CPython's parser stops
  // at 2988).
  ["lambdas", "lambda: ".repeat(300) + "x", "eval"],
];

function runCold(source: string, mode: string): Promise<unknown> {
  const child = fileURLToPath(new URL("./child.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    // No --stack-size: V8's default, whatever the test runner itself was given.
    const p = spawn(process.execPath, ["--import", "tsx", child], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited with ${code}: ${err.slice(0, 2000)}`))));
    p.stdin.end(JSON.stringify({ source, mode }));
  });
}

const oracle = await (await Oracle.get()).ready();
for (const [name, source, mode] of CASES) {
  test(`deep nesting on the default stack: ${name}`, async () => {
    const want = oracle.compile(source, { filename: "<deep>", mode });
    const got = await runCold(source, mode);
    const expected = want.ok
      ? { ok: true }
      : { ok: false, type: want.error.type, msg: want.error.msg, lineno: want.error.lineno ?? undefined, offset: want.error.offset ?? undefined };
    assert.deepEqual(got, JSON.parse(JSON.stringify(expected)));
  });
}
