// Property test of the whole compiler, aimed at the flow-graph passes: stdlib files with a few
// line-level mutations that mostly keep them valid Python but change their control flow (dead code
// after return/break/raise, constant conditions, deleted and duplicated lines, `and`/`or` swapped).
// With a fixed seed: whatever CPython compiles must compile to the same code object, and whatever
// CPython rejects must raise a PyError (the error's fields are the parity test's business).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compile } from "../../../src/compiler/index.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { codeToJson, firstDifference } from "../../oracle/convert.ts";
import { Oracle, stdlibCorpus } from "../../oracle/oracle.ts";

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATEMENTS = ["return", "return 1", "break", "continue", "pass", "raise X", "yield", "while 0: pass", "while 1: break",
  "if 0: return", "if 1: pass", "assert x, y", "x = 1 if 0 else 2", "try: pass\nexcept: pass", "del x"];
const CONDITIONS = ["0", "1", "True", "None", "()", "(1, 2)", "''", "x and 0", "not x", "a or b and c"];

function mutate(text: string, r: () => number): string {
  const lines = text.split("\n");
  const pick = () => Math.floor(r() * lines.length);
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    if (lines.length === 0) break;
    const i = pick();
    const line = lines[i];
    const indent = /^\s*/.exec(line)![0];
    switch (Math.floor(r() * 5)) {
      case 0: { // a statement at the indentation of line i, before it
        const stmt = STATEMENTS[Math.floor(r() * STATEMENTS.length)];
        lines.splice(i, 0, ...stmt.split("\n").map((s) => indent + s));
        break;
      }
      case 1:
        lines.splice(i, 1);
        break;
      case 2:
        lines.splice(i, 0, line);
        break;
      case 3: { // a condition replaced by a constant or another expression
        const m = /^(\s*(?:if|elif|while)\s+)(.*):\s*$/.exec(line);
        if (m) lines[i] = `${m[1]}${CONDITIONS[Math.floor(r() * CONDITIONS.length)]}:`;
        break;
      }
      default:
        lines[i] = line.includes(" and ") ? line.replace(" and ", " or ") : line.replace(" or ", " and ");
    }
  }
  return lines.join("\n");
}

test("mutated stdlib sources: what CPython compiles compiles identically, the rest raises a PyError", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  const r = rng(20261130);
  const failures: string[] = [];
  let compiled = 0;
  let rejected = 0;
  const small = files.filter((f) => readFileSync(join(root, f)).length < 20000);
  for (let k = 0; k < 150; k++) {
    const f = small[Math.floor(r() * small.length)];
    const source = Buffer.from(mutate(readFileSync(join(root, f), "latin1"), r), "latin1");
    const theirs = oracle.compile(source, { filename: f });
    let ours;
    try {
      ours = compile(source, { filename: f });
    } catch (e) {
      if (!(e instanceof PyError)) {
        failures.push(`${f} #${k}: JavaScript exception ${(e as Error)?.stack?.split("\n").slice(0, 3).join(" ") ?? e}`);
        continue;
      }
      ours = e;
    }
    if (theirs.ok) {
      compiled++;
      if (ours instanceof PyError) failures.push(`${f} #${k}: dislab raised ${ours.type}: ${ours.pyMessage}`);
      else {
        const d = firstDifference(codeToJson(ours), theirs.value.code);
        if (d) failures.push(`${f} #${k}: ${d.slice(0, 300)}`);
      }
    } else {
      rejected++;
      if (!(ours instanceof PyError)) failures.push(`${f} #${k}: CPython raised ${theirs.error.type}, dislab compiled it`);
    }
  }
  console.log(`fuzz: ${compiled} mutants compiled by CPython, ${rejected} rejected; ${failures.length} differ`);
  assert.deepEqual(failures, []);
});
