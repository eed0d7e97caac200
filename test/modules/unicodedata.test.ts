// unicodedata against CPython 3.10.2 (harness.ts): every property, name and normalization form of
// Unicode 13.0.0 and of ucd_3_2_0 over a sweep of code points, and the name lookups (aliases,
// named sequences, algorithmic names), \N{...} escapes and the namereplace handler.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const cases = join(import.meta.dirname, "cases");
const load = (f: string) => readFileSync(join(cases, f), "utf8");

test("unicodedata: every function over a sweep of code points identical to CPython", async () => {
  const c = await compare(load("unicodedata_sweep.py"));
  assert.equal(c.diffs.length, 0, describe(c, 20));
});

test("unicodedata: names, aliases, named sequences, \\N{...}, namereplace, errors identical to CPython", async () => {
  const c = await compare(load("unicodedata_names.py"));
  assert.equal(c.diffs.length, 0, describe(c, 20));
});
