// _random, itertools, _collections, _functools, time and _sha512 against CPython 3.10.2 (harness.ts): every line identical.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const load = (f: string) => readFileSync(join(import.meta.dirname, "cases", f), "utf8");

for (const file of ["random_core.py", "itertools_all.py", "collections_core.py", "functools_core.py", "time_core.py", "sha512_seed.py", "itertools_random.py", "deque_random.py", "heapq_bisect_core.py"]) {
  test(`${file} identical to CPython`, async () => {
    const c = await compare(load(file));
    assert.equal(c.diffs.length, 0, describe(c));
  });
}
