// math and cmath against CPython 3.10.2: every function over special and generated arguments,
// compared line by line (harness.ts). Where the oracle's libm is not correctly rounded the last bit
// may differ: that test bounds the number of differing lines by what was measured.
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

// The remaining differences are the oracle libc's own last bits: sin/cos beyond 2**20*pi/2 (musl's
// large-argument reduction vs the JS engine's), pow's ulp near sqrt(DBL_MAX), and musl's acosh,
// which returns finite values for x < -1 (erf/erfc, exp, log10 and sin/cos below 2**20*pi/2 follow
// musl since the fourth fuzzing round: 29 lines were 7).
test("math: float functions over special and generated values", async () => {
  const c = await compare(load("math_values.py"));
  assert.ok(c.diffs.length <= 7, describe(c, 40));
});

test("cmath: every function over a grid of special and ordinary values identical to CPython", async () => {
  const c = await compare(load("cmath_values.py"));
  assert.equal(c.diffs.length, 0, describe(c, 20));
});
