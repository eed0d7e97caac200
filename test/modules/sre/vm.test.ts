// _sre on dislab's VM against CPython 3.10.2 (the oracle): programs in cases/ run in the oracle and
// in runProgram with the oracle's own standard library (.cache/cpython-lib) on sys.path, and print
// the same lines. sre_objects.py drives Pattern/Match/SRE_Scanner through sre_compile.compile
// (and _sre.compile with hand-made code); re_module.py imports re itself (templates through
// re._subx/_expand, flags, errors, textwrap).
import assert from "node:assert/strict";
import { test } from "node:test";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "../../../src/vm/index.ts";
import { stdlibCorpus } from "../../oracle/oracle.ts";
import { oracleOutput, describe } from "../harness.ts";

const load = (f: string) => readFileSync(join(import.meta.dirname, "cases", f), "utf8");

async function dislabOutput(src: string): Promise<string> {
  const { root } = await stdlibCorpus();
  // one line, so the program's own line numbers do not move
  const prog = `import sys; sys.path.insert(0, ${JSON.stringify(root)})\n` + src;
  const readFile = (p: string) => (existsSync(p) && statSync(p).isFile() ? new Uint8Array(readFileSync(p)) : null);
  const r = runProgram(prog, { filename: "case.py", maxSteps: 500_000_000, timeout: 120_000, readFile });
  let out = r.stdout + r.stderr;
  if (r.exitCode !== 0 && !r.stderr) out += `[exit ${r.exitCode}]\n`;
  return out;
}

async function compare(file: string) {
  const src = load(file);
  const want = (await oracleOutput(src)).split("\n");
  const got = (await dislabOutput(src)).split("\n");
  const total = Math.max(want.length, got.length);
  const diffs: { line: number; oracle: string; dislab: string }[] = [];
  for (let i = 0; i < total; i++) if (want[i] !== got[i]) diffs.push({ line: i + 1, oracle: want[i] ?? "<missing>", dislab: got[i] ?? "<missing>" });
  return { same: total - diffs.length, total, diffs };
}

test("sre_objects.py: Pattern, Match, SRE_Scanner identical to CPython", async () => {
  const c = await compare("sre_objects.py");
  assert.equal(c.diffs.length, 0, describe(c));
});

test("re_module.py: import re end to end identical to CPython", async () => {
  const c = await compare("re_module.py");
  assert.equal(c.diffs.length, 0, describe(c));
});

test("re_misc.py: generic aliases, str subclasses, anchors, argument errors identical to CPython", async () => {
  const c = await compare("re_misc.py");
  assert.equal(c.diffs.length, 0, describe(c));
});

test("sre_robust.py: every _sre function and object method over odd arguments, no internal errors", async () => {
  const out = await dislabOutput(load("sre_robust.py"));
  assert.match(out, /^calls \d+ internal errors 0$/m, out.slice(-3000));
});
