// Every stdlib file of the oracle's CPython parses to the same AST as ast.parse gives, with and
// without type comments. (Speed is measured by `npm run bench:compile`, never asserted: a time
// bound fails on a loaded machine for no fault of the parser.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stdlibCorpus } from "../oracle/oracle.ts";
import { compareParse } from "./helpers.ts";

const { root, files } = await stdlibCorpus();
const sources = files.map((f) => [f, readFileSync(join(root, f))] as const);

for (const typeComments of [false, true]) {
  test(`stdlib: ${files.length} files AST-identical to CPython (typeComments: ${typeComments})`, async () => {
    const bad: string[] = [];
    for (const [f, bytes] of sources) {
      const d = await compareParse(bytes, { filename: f, typeComments });
      if (d) bad.push(`${f}: ${d}`);
    }
    assert.deepEqual(bad, []);
  });
}
