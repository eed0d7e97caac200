// _datetime against CPython 3.10.2 (harness.ts, with the pure-Python standard library on the path
// since datetime.py imports _datetime): constructors and messages, timedelta arithmetic and
// rounding, date/time/datetime formatting and parsing, time zones, comparisons, hashes (by C's
// definitions, which hold on 32 and 64 bits), pickle states, subclasses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe } from "./harness.ts";

const cases = join(import.meta.dirname, "cases");

test("_datetime: every type and function identical to CPython", async () => {
  const c = await compare(readFileSync(join(cases, "datetime_cases.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});

test("_datetime: fromisoformat over mutated ISO strings identical to CPython", async () => {
  const c = await compare(readFileSync(join(cases, "datetime_isoformat_fuzz.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});
