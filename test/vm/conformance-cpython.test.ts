// The VM on CPython-compiled code objects (test/vm/cpython-entry.ts) against the oracle's output
// for test/programs/: every program listed in known-good.txt must stay byte-identical (stdout,
// stderr, exit status), like acorn's whitelist but in reverse; the others are `todo` with their
// first difference. Needs the local 64-bit CPython 3.10 (skipped without it). Regenerate the list
// with `node --import tsx test/vm/conformance-cpython.test.ts --update` after a run that improves.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { listPrograms } from "../oracle/runner.ts";
import { LIMITS, firstDifference, oracleAnswers, runWithDislab } from "../../tools/conformance.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { runProgram } from "./cpython-entry.ts";

const listFile = join(import.meta.dirname, "known-good.txt");
// A program's time limit also pays for a CPython process per module it imports first (asyncio's
// thirty-odd took 15 s of the usual 20 on a loaded machine): three times as long here.
const CPYTHON_COMPILES = { ...LIMITS, timeout: 3 * LIMITS.timeout };
const knownGood = new Set(readFileSync(listFile, "utf8").split("\n").filter(Boolean));
const filters = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const update = process.argv.includes("--update");

describe("VM with CPython's code objects prints what CPython 3.10.2 prints", { skip: localCPython310() ? false : "no local CPython 3.10" }, async () => {
  const specs = listPrograms().filter((s) => filters.length === 0 || filters.some((f) => s.path.includes(f)));
  const answers = await oracleAnswers(specs);
  const good: string[] = [];
  for (const { spec, run } of answers) {
    const known = knownGood.has(spec.path);
    test(spec.path, { todo: known ? undefined : "not yet identical" }, () => {
      const d = firstDifference(run, runWithDislab(runProgram, spec, CPYTHON_COMPILES));
      if (d === null) good.push(spec.path);
      assert.equal(d, null, d ?? "");
    });
  }
  test("known-good list", () => {
    if (update && filters.length === 0) writeFileSync(listFile, good.sort().join("\n") + "\n");
    assert.ok(knownGood.size > 0);
  });
});
