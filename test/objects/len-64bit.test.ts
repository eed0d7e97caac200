// Lengths are Py_ssize_t, up to sys.maxsize on 64-bit CPython, which dislab is (the 32-bit oracle
// stops at 2**31 - 1): len() and range.__len__ past 2**53, where a JS number is no longer exact,
// checked against a local 64-bit CPython 3.10; skipped when there is none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { runProgram } from "../../src/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const SCRIPT = `
import sys
def t(f):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
t(lambda: len(range(-sys.maxsize, sys.maxsize, 2)))
t(lambda: len(range(sys.maxsize)))
t(lambda: len(range(-sys.maxsize - 1, 0)))
t(lambda: range(2**53 + 1).__len__())
t(lambda: len(range(-sys.maxsize - 1, sys.maxsize)))
t(lambda: range(-sys.maxsize, sys.maxsize, 2)[-1])
for n in (sys.maxsize, 2**53 + 1, sys.maxsize + 1, 2**53):
    t(lambda: len(Len(n)))
    t(lambda: bool(Len(n)))
t(lambda: list(range(2**60, 2**60 + 3)))
`;

test("len() past 2**53 as 64-bit CPython 3.10", { skip: localCPython310() === null }, () => {
  const theirs = execFileSync(localCPython310()!, ["-c", SCRIPT]).toString();
  const ours = runProgram(SCRIPT, { filename: "<len>" });
  assert.equal(ours.stderr, "");
  assert.equal(ours.stdout, theirs);
});
