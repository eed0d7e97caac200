// sys.stdlib_module_names is built at start from src/builtins/stdlib-module-names.ts, whose hashes
// for the default key were generated (tools/gen-stdlib-names.ts) so that start-up hashes nothing.
// Checked here: each generated hash is the name's str hash in set.ts's representation; the frozenset
// a program sees iterates as one built by hashing, under the default key and (in a fresh process,
// where no str hash was cached under another key) under another; and, with a local 64-bit CPython
// 3.10, as CPython's own.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { STDLIB_MODULE_NAMES, STDLIB_MODULE_NAME_HASHES_SEED0 } from "../../src/builtins/stdlib-module-names.ts";
import { frozensetOrder } from "../../src/bytecode/frozenset.ts";
import { setHash } from "../../src/objects/set.ts";
import { hashStr, setHashSeed } from "../../src/support/hash.ts";
import { runProgram } from "../../src/vm/index.ts";
import { projectRoot } from "../oracle/oracle.ts";
import { localCPython310, runLocal } from "../marshal/local-cpython.ts";

const PROGRAM = "import sys\nprint(' '.join(sys.stdlib_module_names))";
const programOrder = (): string[] => {
  const r = runProgram(PROGRAM, { filename: "names.py" });
  assert.equal(r.stderr, "");
  return r.stdout.trim().split(" ");
};

test("the generated hashes are the names' str hashes under the default key, as set.ts keeps them", () => {
  setHashSeed(0);
  assert.equal(STDLIB_MODULE_NAMES.length, STDLIB_MODULE_NAME_HASHES_SEED0.length);
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  STDLIB_MODULE_NAMES.forEach((name, i) => {
    const h = hashStr(name);
    assert.equal(STDLIB_MODULE_NAME_HASHES_SEED0[i], h >= -safe && h <= safe ? Number(h) : h, name);
    assert.equal(setHash(name), STDLIB_MODULE_NAME_HASHES_SEED0[i], name);
  });
  assert.deepEqual([...STDLIB_MODULE_NAMES], [...STDLIB_MODULE_NAMES].sort());
});

test("sys.stdlib_module_names iterates as a frozenset built by hashing its names", () => {
  setHashSeed(0);
  assert.deepEqual(programOrder(), frozensetOrder(STDLIB_MODULE_NAMES));
});

test("under another PYTHONHASHSEED the names are hashed with that key", () => {
  // A fresh process: set.ts caches str hashes without regard to the key.
  const script = `
import { setHashSeed } from ${JSON.stringify(`${projectRoot}/src/support/hash.ts`)};
import { frozensetOrder } from ${JSON.stringify(`${projectRoot}/src/bytecode/frozenset.ts`)};
import { STDLIB_MODULE_NAMES } from ${JSON.stringify(`${projectRoot}/src/builtins/stdlib-module-names.ts`)};
import { runProgram } from ${JSON.stringify(`${projectRoot}/src/vm/index.ts`)};
setHashSeed(42);
const ours = runProgram(${JSON.stringify(PROGRAM)}, { filename: "names.py" }).stdout.trim().split(" ");
const byHashing = frozensetOrder(STDLIB_MODULE_NAMES);
console.log(JSON.stringify({ same: JSON.stringify(ours) === JSON.stringify(byHashing), differsFromSeed0: JSON.stringify(ours) !== JSON.stringify([...STDLIB_MODULE_NAMES]) }));
`;
  const r = spawnSync(process.execPath, ["--stack-size=3000", "--import", "tsx", "--input-type=module", "-e", script], { cwd: projectRoot, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { same: true, differsFromSeed0: true });
});

const local = localCPython310();

test("sys.stdlib_module_names iterates as in a local 64-bit CPython 3.10 (PYTHONHASHSEED=0)", { skip: local ? false : "no local 64-bit CPython 3.10" }, () => {
  setHashSeed(0);
  const theirs = runLocal<string[]>("import sys, json\nprint(json.dumps(list(sys.stdlib_module_names)))", "");
  assert.deepEqual(programOrder(), theirs);
});
