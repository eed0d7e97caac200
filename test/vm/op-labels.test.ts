// The eval loop's switches (runFrame in src/vm/eval-loop.ts, coldOp in src/vm/ops-cold.ts) use
// literal opcode numbers as case labels, each with the opcode's name in a comment, so that V8
// compiles them to jump tables. This checks every label against Op and that the two switches
// together handle every opcode of 3.10.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Op } from "../../src/bytecode/opcodes.ts";
import { projectRoot } from "../oracle/oracle.ts";

function labels(file: string, fn: string): Map<number, string> {
  const src = readFileSync(`${projectRoot}/${file}`, "utf8");
  const body = src.slice(src.indexOf(`export function ${fn}(`));
  const out = new Map<number, string>();
  for (const line of body.split("\n")) {
    const nums = [...line.matchAll(/case (\d+):/g)].map((m) => Number(m[1]));
    if (nums.length === 0) continue;
    // a nested switch on oparg (COMPARE_OP) has no comment naming an opcode
    const comment = /\/\/ ([A-Z_]+\*?)/.exec(line);
    if (comment === null) continue;
    const name = comment[1]!;
    for (const n of nums) {
      if (name.endsWith("_*")) assert.ok(Op[n]?.startsWith(name.slice(0, -1)), `${file}: case ${n} is ${Op[n]}, not ${name}`);
      else assert.equal(Op[n], name, `${file}: case ${n} is ${Op[n]}, labelled ${name}`);
      out.set(n, Op[n]!);
    }
  }
  return out;
}

test("case labels name their opcodes, and every opcode has a case", () => {
  const hot = labels("src/vm/eval-loop.ts", "runFrame");
  const cold = labels("src/vm/ops-cold.ts", "coldOp");
  assert.ok(hot.size > 50, `runFrame: ${hot.size} labels`);
  const all = Object.values(Op).filter((v): v is number => typeof v === "number");
  const missing = all.filter((n) => !hot.has(n) && !cold.has(n)).map((n) => Op[n]);
  assert.deepEqual(missing, []);
});
