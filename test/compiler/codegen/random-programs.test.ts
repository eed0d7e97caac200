// Differential test on seeded random modules (random-programs.ts): when CPython 3.10.2 compiles
// one, dislab's code object must be identical to the last field; when CPython rejects it, dislab
// must raise a Python error too (never a JavaScript one). Messages and positions of the parser's
// errors are the parser tests' business, so only the error's type is compared here.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compile } from "../../../src/compiler/index.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { codeToJson, firstDifference } from "../../oracle/convert.ts";
import { Oracle } from "../../oracle/oracle.ts";
import { randomProgram } from "./random-programs.ts";

const PROGRAMS = 300;
const FILENAME = "<string>";

test(`codegen: ${PROGRAMS} random modules compile as CPython 3.10.2 compiles them`, async () => {
  const oracle = await Oracle.get();
  const bad: string[] = [];
  let compiled = 0;
  for (let seed = 1; seed <= PROGRAMS; seed++) {
    const source = randomProgram(seed);
    if (!Oracle.isCached("compile_code", source, [FILENAME, "exec", -1, 0])) await oracle.ready();
    const theirs = oracle.compile(source, { filename: FILENAME });
    let ours: ReturnType<typeof codeToJson> | PyError;
    try {
      ours = codeToJson(compile(source, { filename: FILENAME }));
    } catch (e) {
      if (!(e instanceof PyError)) {
        bad.push(`seed ${seed}: JavaScript exception ${(e as Error).stack}`);
        continue;
      }
      ours = e;
    }
    if (!theirs.ok) {
      if (!(ours instanceof PyError) || ours.type !== theirs.error.type) {
        bad.push(`seed ${seed}: CPython raised ${theirs.error.type}: ${theirs.error.msg}; dislab ${ours instanceof PyError ? ours.message : "compiled"}`);
      }
      continue;
    }
    compiled++;
    const diff = ours instanceof PyError ? `raised ${ours.message}` : firstDifference(ours, theirs.value.code);
    if (diff !== null) bad.push(`seed ${seed}: ${diff.slice(0, 300)}`);
  }
  console.log(`${compiled}/${PROGRAMS} random modules compile in CPython, all identical`);
  // The generator is useful only if a good share of its output is valid Python.
  assert.ok(compiled > PROGRAMS / 4, `only ${compiled} of ${PROGRAMS} programs compile in CPython`);
  assert.deepEqual(bad, []);
});
