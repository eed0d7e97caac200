// _queue.SimpleQueue.get on an empty queue, which the oracle cannot show (with no threads it never
// returns from a timed get): with a timeout it waits the timeout out and raises Empty, as CPython
// 3.10.13 does; with none CPython would wait forever, and dislab raises RuntimeError instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "../../src/vm/index.ts";

const STDLIB = join(import.meta.dirname, "..", "..", "dist", "stdlib");
function readOrNull(p: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(p));
  } catch {
    return null;
  }
}

test("an empty SimpleQueue's timed get waits, and an untimed one reports the deadlock", () => {
  const r = runProgram(`import _queue, time
q = _queue.SimpleQueue()
for timeout in (0, 0.05):
    t = time.monotonic()
    try:
        q.get(timeout=timeout)
    except _queue.Empty:
        print("Empty", time.monotonic() - t >= timeout)
try:
    q.get()
except RuntimeError as e:
    print(str(e).split(":")[0])
`, { filename: "prog.py", path: [STDLIB], readFile: readOrNull });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "Empty True\nEmpty True\ndeadlock\n");
});
