// Set iteration order where 64-bit CPython differs from the 32-bit oracle (negative, large and str
// hashes, dummies, operations between sets), checked against a local 64-bit CPython 3.10 with
// PYTHONHASHSEED=0; skipped when there is none. Conformance programs cover the small-int cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { runProgram } from "../../src/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const SCRIPT = `
s = set()
for v in [-1, -2, -5, -9, 2**60, -(2**60), 2**61 - 1, 2**61, -(2**61) + 1, 10**20, -10**20, 1.5, -0.5, 1e300, "a", "b", (1, 2), b"x"]:
    s.add(v)
print([repr(x) for x in s])
s.discard(-5); s.discard("a"); s.add(-13); s.add(3)
print([repr(x) for x in s])
# (built at run time: a constant display of identifier-like strings may be rebuilt once more when
# CPython interns them into the code object, depending on what its interpreter has interned)
words = set("alpha beta gamma delta epsilon zeta eta theta iota kappa".split())
print(list(words), list(words - {"beta", "eta"}), list(words & {"zeta", "alpha", "omega"}), list(words ^ {"omega", "alpha"}))
neg = set(range(-40, 0, 3))
neg.difference_update(range(-40, -20))
print(list(neg), list(neg | {-1000, 2**63}), list({-1, -2, -3} | neg), hash(frozenset(neg)))
print([repr(x) for x in {x / 7 for x in range(-20, 20)}], list({(i, -i) for i in range(12)}))
`;

test("set order for negative, large and str hashes matches 64-bit CPython 3.10", { skip: localCPython310() === null }, () => {
  const exe = localCPython310()!;
  const theirs = execFileSync(exe, ["-c", SCRIPT], { env: { ...process.env, PYTHONHASHSEED: "0" } }).toString();
  const ours = runProgram(SCRIPT, { filename: "<set-layout>" });
  assert.equal(ours.stderr, "");
  assert.equal(ours.stdout, theirs);
});
