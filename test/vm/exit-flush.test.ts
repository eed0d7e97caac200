// Py_FinalizeEx's flush of the standard streams: a sys.stdout whose flush raises is reported through
// sys.unraisablehook ("Exception ignored in: ...") and a failing sys.stderr flush silently, and
// either makes the exit status 120 whatever the program's own status; the end-of-program flush
// (flush_io) ignores both. Compared with a local CPython 3.10 running the same file (the oracle's
// runner does not model interpreter shutdown).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runProgram } from "../../src/vm/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const PROGRAMS: Record<string, string> = {
  stdout_flush_raises: `import sys
class W:
    def write(self, s):
        sys.__stdout__.write(s.upper())
    def flush(self):
        raise ValueError("boom")
    def __repr__(self):
        return "<W>"
print("hello")
sys.stdout = W()
print("to w")
`,
  stderr_flush_raises_after_exit: `import sys
class E:
    def write(self, s):
        sys.__stderr__.write(s)
    def flush(self):
        raise OSError(5, "cannot flush")
sys.stderr = E()
print("out")
sys.exit(3)
`,
  flush_raises_after_uncaught: `import sys
class W:
    def write(self, s):
        sys.__stdout__.write(s)
    def flush(self):
        raise RuntimeError("late")
    def __repr__(self):
        return "<W>"
sys.stdout = W()
print("before")
1 / 0
`,
  closed_stdout_is_skipped: `import sys
print("x")
sys.stdout.close()
`,
};

const dir = mkdtempSync(join(tmpdir(), "dislab-exit-flush-"));

for (const [name, source] of Object.entries(PROGRAMS)) {
  test(`exit flush: ${name}`, (t) => {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, source);
    const mine = runProgram(source, { filename: file });
    const py = localCPython310();
    if (py === null) return t.skip("no local CPython 3.10");
    const env: Record<string, string | undefined> = { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" };
    delete env.PYTHONUNBUFFERED;
    const r = spawnSync(py, [file], { env, input: "", encoding: "utf8" });
    assert.deepEqual({ stdout: mine.stdout, stderr: mine.stderr, exitCode: mine.exitCode }, { stdout: r.stdout, stderr: r.stderr, exitCode: r.status });
  });
}
