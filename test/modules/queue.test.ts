// _queue.SimpleQueue.get on an empty queue, which the oracle cannot show (with no threads it never
// returns from a timed get): with a timeout it waits the timeout out and raises Empty, as CPython
// 3.10.13 does; with none CPython would wait forever, and dislab raises RuntimeError instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runWithStdlib } from "../vm/run-with-stdlib.ts";

test("an empty SimpleQueue's timed get waits, and an untimed one reports the deadlock", () => {
  const r = runWithStdlib(`import _queue, time
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
`);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "Empty True\nEmpty True\ndeadlock\n");
});
