// Sessions run one after another in one process with different PYTHONHASHSEED keys: each must see
// its own seed's str and bytes hashes and set order (nothing cached under an earlier key may
// survive), checked against a local 64-bit CPython 3.10 run with that PYTHONHASHSEED; skipped when
// there is none (the oracle is a 32-bit build, whose str hashes differ).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { runProgram } from "../../src/index.ts";
import { setHashSeed } from "../../src/support/hash.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

// (sets built at run time: a constant display may be rebuilt when CPython interns its strs)
const SCRIPT = `
import sys
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
s = set()
for w in words:
    s.add(w)
print(list(s))
print(list(set(w.upper() for w in words)), list(frozenset(w.encode() for w in words)))
print(list(s - {"beta", "eta"}), list(s & set(["zeta", "alpha", "omega"])), list(s ^ set(["omega", "alpha"])))
print(hash("alpha"), hash(b"alpha"), hash(("alpha", 1)), hash(frozenset(words)))
print({k: len(k) for k in set(words[:6])})
print(sys.flags.hash_randomization, sorted(sys.stdlib_module_names)[:3], list(sys.stdlib_module_names)[:8])
`;

function cpython(seed: number): string {
  return execFileSync(localCPython310()!, ["-c", SCRIPT], { env: { ...process.env, PYTHONHASHSEED: String(seed) } }).toString();
}

test("sessions with different hash seeds in one process each follow their seed", { skip: localCPython310() === null }, () => {
  const seeds = [0, 1, 42, 4294967295, 0, 42];
  const expected = new Map<number, string>();
  try {
    for (const seed of seeds) {
      if (!expected.has(seed)) expected.set(seed, cpython(seed));
      setHashSeed(seed);
      const ours = runProgram(SCRIPT, { filename: "<hash-seed>" });
      assert.equal(ours.stderr, "", `seed ${seed}`);
      assert.equal(ours.stdout, expected.get(seed), `seed ${seed}`);
    }
  } finally {
    setHashSeed(0);
  }
});
