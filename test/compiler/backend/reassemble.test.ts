// The whole back end run on CPython's finished output: each stdlib code object is read back into a
// flow graph (rebuild.ts) and assembled again. CPython's passes leave their own output unchanged, so
// co_code, co_linetable, co_stacksize and co_consts must come back as they were: this checks jump
// offsets and EXTENDED_ARG sizing, stack depth, the line table, block layout and const trimming on
// 16,000 real code objects.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assemble, makeCode } from "../../../src/compiler/assembler.ts";
import { ConstList, insertGeneratorPrefix, normalizeBasicBlock } from "../../../src/compiler/flowgraph.ts";
import type { CodeObject } from "../../../src/bytecode/code.ts";
import { codeToJson, firstDifference } from "../../oracle/convert.ts";
import { stdlibCode, unitFromCode, walkCode } from "./rebuild.ts";

function reassemble(c: CodeObject, optimize: boolean): string | null {
  const ctx = { filename: c.co_filename, addNone: false };
  const unit = unitFromCode(c, { implicitReturn: optimize });
  let ours: CodeObject;
  if (optimize) {
    ours = assemble(unit, ctx);
  } else {
    // prepareUnit without extend_block: CPython's exit blocks were not yet split off as the rebuilt
    // graph splits them, so copying them again would change the code.
    for (const b of unit.blocks) normalizeBasicBlock(b);
    const entry = unit.blocks[0];
    insertGeneratorPrefix(unit.flags, entry);
    ours = makeCode(unit, entry, new ConstList(unit.consts.values.slice()), ctx);
  }
  const a = codeToJson(ours);
  const b = codeToJson(c);
  for (const k of ["co_code", "co_linetable", "co_stacksize", "co_consts", "co_nlocals", "co_argcount"] as const) {
    const d = firstDifference(a[k], b[k], k);
    if (d) return d;
  }
  return null;
}

test("assembling CPython's own output gives it back, for every stdlib code object", async () => {
  let optimizedIdentical = 0;
  let files = 0;
  let identical = 0;
  const failures: string[] = [];
  for await (const { file, code } of stdlibCode()) {
    files++;
    let ok = true;
    for (const c of walkCode(code)) {
      const d = reassemble(c, false);
      if (d) {
        ok = false;
        if (failures.length < 10) failures.push(`${file}:${c.co_name}:${c.co_firstlineno}: ${d}`);
      }
    }
    if (ok) identical++;
    if (walkAll(code, (c) => reassemble(c, true) === null)) optimizedIdentical++;
  }
  console.log(`reassembled: ${identical}/${files} files identical`);
  // Informational: the optimiser is not idempotent on its output (lines already propagated let more
  // jumps thread), so this figure is printed, not asserted.
  console.log(`reassembled through the optimiser too: ${optimizedIdentical}/${files} files identical`);
  assert.deepEqual(failures, []);
});

function walkAll(code: CodeObject, ok: (c: CodeObject) => boolean): boolean {
  for (const c of walkCode(code)) if (!ok(c)) return false;
  return true;
}
