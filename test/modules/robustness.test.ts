// The native modules never leak a JavaScript exception: every module function and every method
// of their objects, called with odd arguments, returns or raises a Python exception (an internal
// error would surface as SystemError, which the programs count).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dislabOutput } from "./harness.ts";

for (const file of ["robust_functions.py", "robust_methods.py"]) {
  test(`${file}: no internal errors`, () => {
    const out = dislabOutput(readFileSync(join(import.meta.dirname, "cases", file), "utf8"));
    assert.match(out, /^calls \d+ internal errors 0$/m, out.slice(-3000));
  });
}
