// _socket, select and asyncio on dislab against native CPython 3.10: the oracle (Pyodide) cannot be
// the reference here, since its asyncio runs on the browser's WebLoop (asyncio.run() raises there)
// and its _socket has no socketpair. Each program of test/vm/socket-asyncio/ runs under dislab's
// runProgram (as the conformance harness runs programs) and under a local 64-bit CPython 3.10 with
// the same relative path and cwd; stdout, stderr and the exit status must be byte-identical.
// Without that interpreter the comparison is skipped. The last tests check what CPython cannot
// show: a wait that would block forever raises instead of hanging the host.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { runProgram, createSession } from "../../src/index.ts";
import { runWithDislab } from "../../tools/conformance.ts";
import { projectRoot } from "../oracle/oracle.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const dir = "test/vm/socket-asyncio";
const programs = readdirSync(join(projectRoot, dir)).filter((f) => f.endsWith(".py")).sort();

function dislab(path: string, stdin = "") {
  return runWithDislab(runProgram, { path, args: [], stdin, exit: 0 });
}

for (const file of programs) {
  const path = `${dir}/${file}`;
  test(`${path} prints what CPython 3.10 prints`, (t) => {
    const py = localCPython310();
    if (py === null) return t.skip("no local CPython 3.10 (set DISLAB_CPYTHON310)");
    const env = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
    const native = spawnSync(py, [path], { cwd: projectRoot, env, input: "", encoding: "utf8", timeout: 60_000 });
    const mine = dislab(path);
    // tracebacks through the standard library name each interpreter's own copy of it
    const nativeLib = spawnSync(py, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { env, encoding: "utf8" }).stdout.trim();
    const lib = (s: string, dir: string) => s.split(`"${dir}/`).join('"<stdlib>/');
    // CPython 3.10 makes the program's file name absolute; dislab keeps it as given (test/programs/README.md)
    const rel = (s: string) => s.split(`${projectRoot}/${dir}/`).join(`${dir}/`);
    assert.equal(mine.stdout, rel(native.stdout));
    assert.equal(lib(mine.stderr, join(projectRoot, "dist", "stdlib")), rel(lib(native.stderr, nativeLib)));
    assert.equal(mine.exitCode, native.status);
  });
}

function runCode(code: string) {
  const readFile = (p: string): Uint8Array | null => {
    try {
      return new Uint8Array(readFileSync(p));
    } catch {
      return null;
    }
  };
  return runProgram(code, { filename: "<deadlock>", argv: ["<deadlock>"], path: [join(projectRoot, "dist", "stdlib")], readFile, timeout: 20_000 });
}

test("a blocking recv that nothing can satisfy raises instead of hanging", () => {
  const r = runCode("import socket\na, b = socket.socketpair()\nb.recv(1)\n");
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /RuntimeError: deadlock: recv\(\) on a socket with nothing to read would block forever/);
});

test("a blocking accept with no pending connection raises instead of hanging", () => {
  const r = runCode("import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen()\ns.accept()\n");
  assert.match(r.stderr, /RuntimeError: deadlock: accept\(\) with no pending connection/);
});

test("an event loop waiting for a future nobody resolves reports the deadlock", () => {
  const r = runCode("import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n");
  assert.match(r.stderr, /RuntimeError: deadlock: epoll\.poll\(\) with no timeout would wait forever/);
});

test("select with a timeout and nothing ready waits that long", () => {
  const r = runCode("import select, socket, time\na, b = socket.socketpair()\nt = time.monotonic()\nprint(select.select([a], [], [], 0.2))\nprint(time.monotonic() - t >= 0.19)\n");
  assert.equal(r.stdout, "([], [], [])\nTrue\n");
});

test("an embedder's interrupt buffer ends a select() wait with KeyboardInterrupt", () => {
  const sab = new SharedArrayBuffer(4);
  const buf = new Int32Array(sab);
  let out = "";
  const readFile = (p: string): Uint8Array | null => {
    try {
      return new Uint8Array(readFileSync(p));
    } catch {
      return null;
    }
  };
  const s = createSession({ argv: ["-c"], onStdout: (t) => void (out += t), path: [join(projectRoot, "dist", "stdlib")], readFile });
  s.interp.interruptBuffer = buf;
  s.run("import select, socket\na, b = socket.socketpair()\n", { mode: "exec", filename: "<setup>" });
  // another thread sets the buffer (as a Ctrl-C handler would) and wakes the waiting one
  const w = new Worker("const b = new Int32Array(require('node:worker_threads').workerData); setTimeout(() => { Atomics.store(b, 0, 2); Atomics.notify(b, 0); }, 500);", { eval: true, workerData: sab });
  const t0 = Date.now();
  s.run("try:\n    select.select([a], [], [], 30)\nexcept KeyboardInterrupt:\n    print('interrupted')\n", { mode: "exec", filename: "<wait>" });
  void w.terminate();
  assert.equal(out, "interrupted\n");
  assert.ok(Date.now() - t0 < 20_000);
});
