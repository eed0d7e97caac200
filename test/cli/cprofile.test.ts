// `dislab -m cProfile SCRIPT` (cProfile.main over _lsprof), against a local CPython 3.10 running
// the same command: the report with its time columns blanked, and the -o file, which CPython's
// own pstats reads (so the marshalled stats are CPython's format too). Runs the built dist/.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../oracle/oracle.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";

const work = mkdtempSync(join(tmpdir(), "dislab-cprofile-"));
const SCRIPT = `import sys
def square(x):
    return x * x
def total(n):
    return sum(map(square, range(n)))
class Box:
    def __init__(self, items):
        self.items = list(items)
    def size(self):
        return len(self.items)
print(total(5), Box("abc").size(), sorted([3, 1, 2]), sys.argv[1:])
`;
writeFileSync(join(work, "script.py"), SCRIPT);

const dislab = (args: string[]) => spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), ...args], { cwd: work, encoding: "utf8" });

/**
 * The report without its times ("N function calls in T seconds" and the four time columns vary),
 * rows sorted: rows with equal call counts come in the order of the profiler's table, which in
 * CPython follows the entries' addresses.
 */
const untimed = (s: string) =>
  s.replace(/ in \d+\.\d+ seconds/, " in T seconds").replace(/^(\s*[\d/]+)(\s+\d+\.\d+){4}/gm, "$1  T").split("\n").sort().join("\n");

test("dislab -m cProfile -s calls SCRIPT ARGS prints CPython's report (times aside)", (t) => {
  const exe = localCPython310();
  if (!exe) return t.skip("no local CPython 3.10");
  const args = ["-m", "cProfile", "-s", "calls", "script.py", "a"];
  const ours = dislab(args);
  const theirs = spawnSync(exe, args, { cwd: work, encoding: "utf8" });
  assert.equal(ours.status, 0, ours.stderr);
  assert.equal(untimed(ours.stdout), untimed(theirs.stdout));
});

test("dislab -m cProfile -o FILE writes stats that CPython's pstats reads, with CPython's counts", (t) => {
  const exe = localCPython310();
  if (!exe) return t.skip("no local CPython 3.10");
  const ours = dislab(["-m", "cProfile", "-o", "ours.prof", "script.py"]);
  assert.equal(ours.status, 0, ours.stderr);
  const theirs = spawnSync(exe, ["-m", "cProfile", "-o", "theirs.prof", "script.py"], { cwd: work, encoding: "utf8" });
  assert.equal(theirs.status, 0, theirs.stderr);
  const dump = (file: string) => {
    const code = `import pstats\nfor (f, l, n), (cc, nc, tt, ct, callers) in sorted(pstats.Stats(${JSON.stringify(file)}).stats.items()):\n    print(f.rsplit("/", 1)[-1], l, n, cc, nc, sorted(c[2] for c in callers))`;
    const r = spawnSync(exe, ["-c", code], { cwd: work, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const counts = dump("ours.prof");
  assert.match(counts, /script\.py 2 square 5 5 \['<built-in method builtins\.sum>'\]/);
  assert.equal(counts, dump("theirs.prof"));
});
