// The line-table writer against CPython: for every code object of every stdlib file, take CPython's
// instructions with their lines (decoded from its co_linetable) and write the table again; the bytes
// must be CPython's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { LineTableWriter } from "../../../src/compiler/assembler.ts";
import type { CodeObject } from "../../../src/bytecode/code.ts";
import { decodeInstructions, stdlibCode, walkCode } from "./rebuild.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function rewrite(code: CodeObject): Uint8Array {
  const w = new LineTableWriter(code.co_firstlineno);
  for (const i of decodeInstructions(code)) w.add(i.lineno, i.size);
  return w.finish();
}

test("co_linetable written from per-instruction lines equals CPython's for every stdlib code object", async () => {
  let files = 0;
  let identicalFiles = 0;
  let codes = 0;
  const failures: string[] = [];
  for await (const { file, code } of stdlibCode()) {
    files++;
    let ok = true;
    for (const c of walkCode(code)) {
      codes++;
      if (hex(rewrite(c)) !== hex(c.co_linetable)) {
        ok = false;
        if (failures.length < 5) failures.push(`${file}:${c.co_name}:${c.co_firstlineno}`);
      }
    }
    if (ok) identicalFiles++;
  }
  console.log(`line tables: ${identicalFiles}/${files} files identical (${codes} code objects)`);
  assert.deepEqual(failures, []);
  assert.equal(files, 494);
});
