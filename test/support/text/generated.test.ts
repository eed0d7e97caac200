// The text library against CPython 3.10.2 (the oracle) on generated cases: format() and
// %-formatting, float digits at many precisions, int()/float()/complex() parsing, float and int
// operations, str and bytes methods, codecs, str.format / formatter_parser / str % args. Each suite's generator (cases/gen_*.py) runs in the
// oracle with a fixed seed; answers are cached. bulk.ts runs the same suites by the million locally.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compare, oracleCases } from "./cases/harness.ts";

const SIZES: Record<string, number> = { format: 6000, digits: 4000, parse: 4000, ops: 4000, str: 6000, codecs: 5000, fmtstr: 4000 };

for (const [suite, count] of Object.entries(SIZES)) {
  test(`${suite}: ${count} generated cases equal CPython 3.10.2's`, async () => {
    const lines = await oracleCases(suite, 20220113, count);
    const r = compare(suite, lines);
    assert.ok(r.total >= count * 0.9, `only ${r.total} cases`);
    assert.equal(r.identical, r.total, `${r.total - r.identical} differ:\n${r.mismatches.join("\n")}`);
  });
}
