// Every stdlib file compiled by dislab against CPython 3.10.2 (the oracle): the whole code object,
// every co_* field, recursively. The test reports N/494 identical and the first differing field of
// the first files that differ, and fails unless every file is identical, at optimisation levels
// -1 (the default), 1 (no asserts, __debug__ False) and 2 (no docstrings either).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compile } from "../../../src/compiler/index.ts";
import { codeToJson, firstDifference } from "../../oracle/convert.ts";
import { Oracle, stdlibCorpus } from "../../oracle/oracle.ts";

const FILENAME = "<string>";

for (const optimize of [-1, 1, 2]) {
  test(`stdlib: code objects identical to CPython 3.10.2's (optimize=${optimize})`, async () => {
    const { root, files } = await stdlibCorpus();
    const oracle = await Oracle.get();
    const differing: string[] = [];
    let identical = 0;
    for (const f of files) {
      const bytes = readFileSync(join(root, f));
      if (!Oracle.isCached("compile_code", bytes, [FILENAME, "exec", optimize, 0])) await oracle.ready();
      const theirs = oracle.compile(bytes, { filename: FILENAME, optimize });
      assert.ok(theirs.ok, `${f}: CPython does not compile it`);
      let diff: string | null;
      try {
        diff = firstDifference(codeToJson(compile(bytes, { filename: FILENAME, optimize })), theirs.value.code);
      } catch (e) {
        diff = `raised ${(e as Error).message}`;
      }
      if (diff === null) identical++;
      else differing.push(`${f}: ${diff.slice(0, 300)}`);
    }
    console.log(`stdlib parity (optimize=${optimize}): ${identical}/${files.length} identical`);
    for (const d of differing.slice(0, 8)) console.log(`  ${d}`);
    assert.equal(identical, files.length, `only ${identical}/${files.length} identical`);
  });
}
