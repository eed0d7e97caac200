// math against CPython 3.10.2: every function over special and generated arguments, compared line
// by line (harness.ts). The libm-backed functions may differ in the last bit; the test asserts
// the floor measured when they were written, and lists the differences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const cases = join(import.meta.dirname, "cases");
const load = (f: string) => readFileSync(join(cases, f), "utf8");

test("math: integer functions, fsum, hypot, argument errors identical to CPython", async () => {
  const c = await compare(load("math_misc.py"));
  assert.equal(c.diffs.length, 0, describe(c));
});

test("math: float functions over special and generated values", async () => {
  const c = await compare(load("math_values.py"));
  console.log(describe(c, 40));
  assert.ok(c.same / c.total >= 0.99, describe(c));
});

test("cmath: every function over a grid of special and ordinary values", async () => {
  const c = await compare(load("cmath_values.py"));
  console.log(describe(c, 20));
  assert.ok(c.same / c.total >= 0.97, describe(c));
});
