// The SRE engine without the VM, against CPython 3.10.2 (the oracle): for the pairs of
// Lib/test/re_tests.py (under four flag sets, and as bytes), regexes of the standard library
// (json, textwrap, string, fnmatch, tokenize, http.cookies, ...) and 3000 random patterns, the
// code array sre_compile makes runs on dislab's engine and every group span of search, match,
// fullmatch and finditer (with pos/endpos on some) must equal CPython's; so must every cased code
// point under IGNORECASE (as a literal, in a set, in ranges) against its case relatives.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SreState } from "../../../src/modules/sre/engine.ts";
import { CodeTables } from "../../../src/modules/sre/tables.ts";
import { compareCases, oracleCases, toCode64, validateCode } from "./harness.ts";

test("re_tests, stdlib regexes and 3000 random patterns: spans identical to CPython 3.10.2", async () => {
  const cases = await oracleCases(20221130, 3000);
  const r = compareCases(cases);
  assert.ok(r.total >= 5000, `only ${r.total} cases`);
  assert.equal(r.identical, r.total, `${r.total - r.identical} of ${r.total} differ:\n${r.mismatches.join("\n")}`);
});

test("IGNORECASE over every cased code point and its case relatives: identical to CPython 3.10.2", async () => {
  const cases = await oracleCases(1, 0, true);
  const r = compareCases(cases);
  assert.ok(r.total >= 5000, `only ${r.total} cases`);
  assert.equal(r.identical, r.total, `${r.total - r.identical} of ${r.total} differ:\n${r.mismatches.join("\n")}`);
});

test("the code check (_validate) accepts every code array sre_compile made", async () => {
  const cases = await oracleCases(20221130, 3000);
  const rejected = cases.filter((c) => !validateCode(toCode64(c.code), c.groups));
  assert.deepEqual(rejected.map((c) => c.p), []);
});

test("catastrophic backtracking runs on the explicit stack and can be interrupted", async () => {
  const cases = await oracleCases(20221130, 3000);
  // (a*)*b-like code from the oracle's own compiler is not needed: find a nested repeat case
  const nested = cases.find((c) => c.p === "(a*)*b");
  assert.ok(nested, "the stdlib list has (a*)*b");
  const subject = new Int32Array(60000).fill(97);
  let ticks = 0;
  const code = toCode64(nested.code);
  const st = new SreState(code, new CodeTables(code), subject, 0, subject.length, () => {
    if (++ticks > 50) throw new Error("interrupted");
  });
  assert.throws(() => st.search(), /interrupted/);
  assert.ok(ticks > 50);
});
