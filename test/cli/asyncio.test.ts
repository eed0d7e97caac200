// The `dislab` command running asyncio programs as `python3.10 FILE` and `python3.10 -c` run them:
// an exception leaving asyncio.run prints CPython's traceback, whose frames (with the C Future and
// Task of _asyncio) are the program's, asyncio.run's and run_until_complete's only; and the usual
// asyncio patterns (gather, wait_for, sleep, queues, timeouts, cancellation) print what CPython
// prints. Compared with a local 64-bit CPython 3.10 where there is one (the oracle's asyncio cannot
// run its own loop), with stdlib paths and their line numbers left out (it is a later 3.10).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../oracle/oracle.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const work = mkdtempSync(join(tmpdir(), "dislab-asyncio-"));
const dislab = (args: string[]) =>
  spawnSync(process.execPath, ["--stack-size=3000", join(projectRoot, "bin", "dislab.js"), ...args], { cwd: work, encoding: "utf8", timeout: 120_000 });

/** A traceback's frames as "FILE-BASENAME NAME", the stdlib's without their directory. */
function frames(stderr: string): string[] {
  return [...stderr.matchAll(/^ {2}File "([^"]*)", line \d+, in (.*)$/gm)].map(([, file, name]) => `${file.slice(file.lastIndexOf("/") + 1)} ${name}`);
}

const boom = `import asyncio
async def inner():
    await asyncio.sleep(0)
    raise ValueError("boom")
async def main():
    await inner()
asyncio.run(main())
`;

test("an exception leaving asyncio.run: CPython's traceback, no frame of asyncio/futures.py or tasks.py", () => {
  writeFileSync(join(work, "boom.py"), boom);
  const r = dislab(["boom.py"]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.deepEqual(frames(r.stderr), ["boom.py <module>", "runners.py run", "base_events.py run_until_complete", "boom.py main", "boom.py inner"]);
  assert.match(r.stderr, /^Traceback \(most recent call last\):\n {2}File "[^"]*\/boom.py", line 7, in <module>\n {4}asyncio.run\(main\(\)\)\n/);
  assert.match(r.stderr, / {2}File "[^"]*\/boom.py", line 6, in main\n {4}await inner\(\)\n {2}File "[^"]*\/boom.py", line 4, in inner\n {4}raise ValueError\("boom"\)\nValueError: boom\n$/);
  const py = localCPython310();
  if (py !== null) {
    const theirs = spawnSync(py, ["boom.py"], { cwd: work, encoding: "utf8" });
    assert.deepEqual(frames(r.stderr), frames(theirs.stderr));
  }
});

// The FIRST_COMPLETED wait's tasks finish 0.2 s apart: 1 ms apart, a loaded machine let all three
// finish in one loop iteration (pending empty, and asyncio.wait(pending) then raises ValueError).
const patterns = `import asyncio
async def work(i, delay):
    await asyncio.sleep(delay)
    return i * i
async def failing():
    await asyncio.sleep(0.001)
    raise KeyError("k")
async def main():
    print(await asyncio.gather(*(work(i, 0.001 * (5 - i)) for i in range(5))))
    print(await asyncio.gather(work(1, 0), failing(), return_exceptions=True))
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(work(7, 0), timeout=1))
    q = asyncio.Queue(maxsize=1)
    async def producer():
        for i in range(4):
            await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (x := await q.get()) is not None:
            out.append(x)
        return out
    print(await asyncio.gather(producer(), consumer()))
    t = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    await asyncio.sleep(0)
    print(t.get_name(), t.cancel("enough"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(work(i, 0.2 * i)) for i in range(3)], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    await asyncio.wait(pending)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, f.set_result, "later")
    print(await f, asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    try:
        await failing()
    except KeyError as e:
        print("caught", repr(e))
asyncio.run(main())
print(type(asyncio.Future.__init__).__name__, asyncio.Task.__module__)
`;

test("python3.10 -c style asyncio programs: gather, wait_for, sleep, queues, timeouts, cancellation", () => {
  const r = dislab(["-c", patterns]);
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
  const expected = [
    "[0, 1, 4, 9, 16]",
    "[1, KeyError('k')]",
    "timed out",
    "49",
    "[None, [0, 1, 2, 3]]",
    "sleeper True",
    "cancelled () True",
    "1 2",
    "later Task-1 1",
    "caught KeyError('k')",
    "wrapper_descriptor _asyncio",
    "",
  ].join("\n");
  assert.equal(r.stdout, expected);
  const py = localCPython310();
  if (py !== null) assert.equal(spawnSync(py, ["-c", patterns], { encoding: "utf8" }).stdout, expected);
});
