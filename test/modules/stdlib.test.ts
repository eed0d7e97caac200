// CPython's own pure-Python modules (random.py, heapq.py, bisect.py from the oracle's Lib) running
// on dislab over the native modules, compared with CPython 3.10.2 line by line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

test("random.py, heapq.py and bisect.py over the native modules print CPython's text", async () => {
  const c = await compare(readFileSync(join(import.meta.dirname, "cases", "stdlib_random.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c));
});
