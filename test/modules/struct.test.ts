// _struct against CPython 3.10.2: generated values through every standard format character and
// byte order, half/single-precision rounding, pascal strings, format sizes (harness.ts compares
// the printed lines). The conformance program test/programs/bytes/struct_module.py covers the API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const load = (f: string) => readFileSync(join(import.meta.dirname, "cases", f), "utf8");

test("struct: generated values, rounding, pascal strings and format sizes identical to CPython", async () => {
  const c = await compare(load("struct_values.py"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});
