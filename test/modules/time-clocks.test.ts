// time's CPU clocks against local 64-bit CPython 3.10: process_time() and thread_time() count CPU
// time, so a sleep leaves them (almost) still while the monotonic clock moves by the whole sleep,
// and a busy loop moves them. (Node's process.cpuUsage() also counts V8's helper threads, which may
// compile or collect during the sleep: up to about 25 ms in 100 on a busy host, hence the margins.) The oracle cannot show this: Pyodide's time.sleep returns at once and
// its thread_time raises OSError.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { runProgram } from "../../src/vm/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";

const PROGRAM = `import time
for clock in (time.process_time, time.thread_time):
    m0, c0 = time.monotonic(), clock()
    time.sleep(0.3)
    m1, c1 = time.monotonic(), clock()
    print(clock.__name__, "slept", m1 - m0 >= 0.299, "cpu < 0.1", c1 - c0 < 0.1)
for clock in (time.process_time_ns, time.thread_time_ns):
    n0 = clock()
    time.sleep(0.3)
    print(clock.__name__, type(n0) is int, "moved < 100 ms", clock() - n0 < 100_000_000)
busy = time.process_time()
while time.process_time() - busy < 0.05:
    pass
print("busy loop counted")
`;

test("process_time and thread_time leave out sleeps, as local CPython 3.10's do", (t) => {
  const exe = localCPython310();
  if (exe === null) return t.skip("no local CPython 3.10");
  const want = spawnSync(exe, ["-c", PROGRAM], { encoding: "utf8" });
  const got = runProgram(PROGRAM, { filename: "clocks.py", path: [STDLIB], readFile: readOrNull });
  assert.equal(got.stderr, want.stderr);
  assert.equal(got.stdout, want.stdout);
});
