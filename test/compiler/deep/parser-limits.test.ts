// pegen's nesting limit (Parser/parser.c: MAXSTACK, 6000 nested rule calls, then MemoryError) at
// the exact nesting where CPython 3.10.2 reaches it, for the constructs that nest: each case is
// taken at the last size CPython parses and the first it refuses (found by bisection against the
// oracle), so a count off by one level fails. dislab parses the batch in a child process with the
// stack the CLI gives it; the oracle answers with ast.parse / compile() in Pyodide.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFile } from "../../../src/cli/compile.ts";
import { Oracle } from "../../oracle/oracle.ts";

type Mode = "exec" | "eval" | "single" | "func_type";
type Api = "parse" | "compile";
const M = (n: number) => "-".repeat(n);
const nest = (pre: string, post: string, k: number, inner: string) => pre.repeat(k) + inner + post.repeat(k);

// [name, source of size n, mode, the largest n CPython parses]
const FAMILIES: [string, (n: number) => string, Mode, number][] = [
  ["unary minus", (n) => M(n) + "x", "eval", 5975],
  ["not", (n) => "not ".repeat(n) + "x", "eval", 5975],
  ["power", (n) => Array(n).fill("a").join("**"), "eval", 2988],
  ["lambda", (n) => "lambda: ".repeat(n) + "x", "eval", 2987],
  ["conditional expressions", (n) => "a if b else ".repeat(n) + "c", "eval", 5975],
  ["elif", (n) => "if a: pass\n" + "elif a: pass\n".repeat(n), "exec", 5966],
  ["expression statement", (n) => M(n) + "x\n", "exec", 5969],
  ["assignment", (n) => "y = " + M(n) + "x\n", "exec", 5967],
  ["annotated assignment", (n) => "y: int = " + M(n) + "x\n", "exec", 5966],
  ["return", (n) => "def f():\n return " + M(n) + "x\n", "exec", 5961],
  ["nested defs", (n) => Array.from({ length: 50 }, (_, i) => " ".repeat(i) + "def f():\n").join("") + " ".repeat(50) + "return " + M(n) + "x\n", "exec", 5618],
  ["nested try", (n) => Array.from({ length: 50 }, (_, i) => " ".repeat(i) + "try:\n").join("") + " ".repeat(50) + M(n) + "x\n" + Array.from({ length: 50 }, (_, i) => " ".repeat(49 - i) + "finally: pass\n").join(""), "exec", 5669],
  ["f-string", (n) => "f'{" + M(n) + "x}'", "eval", 5946],
  ["f-string around brackets", (n) => "f'{" + nest("(", ")", 50, M(n) + "x") + "}'", "eval", 4546],
  ["interactive statement", (n) => M(n) + "x\n", "single", 5971],
  ["interactive block", (n) => "if a:\n " + M(n) + "x\n\n", "single", 5965],
  ["function type comment", (n) => "(" + M(n) + "x) -> y", "func_type", 5974],
  ["parenthesised lambdas", (n) => nest("(lambda: ", ")", n, "x"), "eval", 199],
  ["lambdas in lists", (n) => nest("[lambda: ", "]", n, "x"), "eval", 192],
  ["lambdas in sets", (n) => nest("{lambda: ", "}", n, "x"), "eval", 192],
  ["lambdas as second arguments", (n) => nest("f(a, lambda: ", ")", n, "x"), "eval", 199],
  ["lambdas in tuples", (n) => nest("(1, lambda: ", ")", n, "x"), "eval", 186],
  ["lambdas compared", (n) => nest("(a < (lambda: ", "))", n, "x"), "eval", 97],
  ["lambda defaults", (n) => nest("(lambda x=(", "): 1)", n, "x"), "eval", 93],
  // the second pass (a SyntaxError at the end): its invalid_ rules nest deeper. Every primary runs
  // genexp's invalid_comprehension (3 levels under primary_raw), expression_without_invalid keeps
  // the invalid_ rules on, and a NAME beginning a soft keyword (`c`, `ma`) skips invalid_expression's
  // first alternative, as in 3.10.2
  ["unary minus, then invalid syntax", (n) => M(n) + "x y", "eval", 5972],
  ["unary minus, then invalid syntax (statement)", (n) => M(n) + "x y\n", "exec", 5963],
  ["unary minus, then invalid syntax (interactive)", (n) => M(n) + "x y\n", "single", 5965],
  ["assignment, then invalid syntax", (n) => "y = " + M(n) + "x y\n", "exec", 5964],
  ["unary minus over a subscript, then invalid syntax", (n) => M(n) + "x[0] y", "eval", 5944],
  ["unary minus over parentheses, then invalid syntax", (n) => M(n) + "(x) y", "eval", 5942],
  ["unary minus in a list, then invalid syntax", (n) => "[" + M(n) + "x y]\n", "exec", 5955],
  ["a name, then unary minus", (n) => "(x " + M(n) + "y z)", "eval", 5943],
  ["a name, then inversions", (n) => "x " + "~".repeat(n) + "y", "eval", 5971],
  ["powers, then invalid syntax", (n) => Array(n).fill("a").join("**") + " y", "eval", 2987],
  ["lambdas, then invalid syntax", (n) => "lambda: ".repeat(n) + "x y", "eval", 2984],
  ["conditional expressions, then invalid syntax", (n) => "a if b else ".repeat(n) + "z y", "eval", 5969],
  ["conditional expressions, then a soft keyword prefix", (n) => "a if b else ".repeat(n) + "c y", "eval", 5968],
  ["conditional expressions, then a soft keyword prefix and if", (n) => "a if b else ".repeat(n) + "c if", "eval", 5970],
  // a hundred brackets of each kind, then unary minus to the limit
  ...([
    ["(", ")"], ["{k: ", "}"], ["f(k=", ")"], ["f(a, *", ")"], ["a[1:", "]"], ["a[1, ", "]"], ["(a or ", ")"], ["(a if b else ", ")"],
    ["(yield ", ")"], ["(x := ", ")"], ["[x for x in a if ", "]"], ["{k: ", " for x in a}"], ["(lambda *, k=", ": 1)"], ["(", ").b"],
  ] as [string, string][]).map(([pre, post]): [string, (n: number) => string, Mode, number] => [`${pre}...${post}`, (n) => nest(pre, post, 100, M(n) + "x"), "eval", -1]),
  ...([
    ["", "\n"], ["del a[", "]\n"], ["a[", "].b = 1\n"], ["x, *a[", "] = 1\n"], ["for a[", "] in b: pass\n"], ["with ", " as y: pass\n"], ["@", "\ndef f(): pass\n"],
    ["def f(a: ", "): pass\n"], ["def f() -> ", ": pass\n"], ["class A(", "): pass\n"], ["match ", ":\n case 1: pass\n"], ["try: pass\nexcept ", ": pass\n"],
    ["a; ", "\n"], ["assert ", "\n"],
  ] as [string, string][]).map(([before, after]): [string, (n: number) => string, Mode, number] => [`statement ${JSON.stringify(before + "a[...]" + after)}`, (n) => before + nest("a[", "]", 100, M(n) + "x") + after, "exec", -1]),
];

function runChild(jobs: { source: string; mode: Mode; api: Api }[]): Promise<string[]> {
  const child = fileURLToPath(new URL("./child-batch.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--stack-size=3000", "--import", "tsx", child], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited with ${code}: ${err.slice(0, 2000)}`))));
    p.stdin.end(JSON.stringify(jobs));
  });
}

const oracle = await (await Oracle.get()).ready();
oracle.eval(`
import ast as _ast
def _deep_outcome(src, mode, api):
    try:
        if api == "parse": _ast.parse(src, "<deep>", mode)
        else: compile(src, "<deep>", mode)
        return "ok"
    except (MemoryError, RecursionError, SyntaxError) as e:
        msg = e.msg if isinstance(e, SyntaxError) else str(e)
        return type(e).__name__ + (": " + msg if msg else "")
`);
const oracleOutcome = (source: string, mode: Mode, api: Api) =>
  oracle.eval(`_deep_outcome(${JSON.stringify(source)}, ${JSON.stringify(mode)}, ${JSON.stringify(api)})`) as string;

/** The largest n whose outcome is the first one's (a family without a known threshold: found here by bisection). */
function bisect(make: (n: number) => string, mode: Mode): number {
  let lo = 1;
  let hi = 7000;
  const first = oracleOutcome(make(lo), mode, "parse");
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (oracleOutcome(make(mid), mode, "parse") === first) lo = mid;
    else hi = mid;
  }
  return lo;
}

const jobs: { name: string; source: string; mode: Mode; api: Api }[] = [];
for (const [name, make, mode, known] of FAMILIES) {
  const n = known >= 0 ? known : bisect(make, mode);
  jobs.push({ name: `${name} (${n})`, source: make(n), mode, api: "parse" });
  jobs.push({ name: `${name} (${n + 1})`, source: make(n + 1), mode, api: "parse" });
}
// compile() raises the parser's MemoryError as it is
jobs.push({ name: "compile() of 200 parenthesised lambdas", source: nest("(lambda: ", ")", 200, "x"), mode: "eval", api: "compile" });
jobs.push({ name: "compile() of 199 parenthesised lambdas", source: nest("(lambda: ", ")", 199, "x"), mode: "eval", api: "compile" });

const got = await runChild(jobs.map(({ source, mode, api }) => ({ source, mode, api })));
jobs.forEach((job, i) => {
  test(`pegen's nesting limit: ${job.name}`, () => {
    assert.equal(got[i], oracleOutcome(job.source, job.mode, job.api));
  });
});

test("dislab compile reports the parser's MemoryError as py_compile does", () => {
  const source = nest("(lambda: ", ")", 200, "x") + "\n";
  const want = oracle.pyCompile(source, "deep.py");
  const dir = mkdtempSync(join(tmpdir(), "dislab-deep-"));
  try {
    const path = join(dir, "deep.py");
    writeFileSync(path, source);
    const got = compileFile(path, new TextEncoder().encode(source), { optimize: 0, mode: "timestamp" });
    assert.deepEqual({ ok: true, value: got, warnings: [] }, { ...want, value: want.ok ? want.value.replaceAll(path, "deep.py") : want });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
