// os.symlink, os.link and os.readlink through a granted NodeFS print what the local CPython 3.10
// prints in a real directory (both run the same program in a fresh temporary directory); a HostFS
// without links answers EPERM, and no HostFS at all denies the call (EACCES), naming both paths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { NodeFS } from "../../src/cli/node-fs.ts";
import { MemoryFS } from "../../src/vm/memory-fs.ts";
import type { HostFS } from "../../src/vm/host-fs.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { runWithStdlib } from "../vm/run-with-stdlib.ts";

const run = (source: string, fs?: HostFS) => runWithStdlib(source, { fs });

const PROGRAM = `
import os, stat
open("f", "w").write("hi")
os.symlink("f", "s")
os.link("f", "h")
os.symlink("missing", "dangling")
os.symlink("f", b"mixed")
print(os.readlink("s"), os.readlink(b"s"), os.path.islink("s"), os.path.islink("h"), os.path.islink("f"))
print(os.stat("f").st_nlink, stat.S_ISLNK(os.lstat("s").st_mode), stat.S_ISREG(os.stat("s").st_mode))
print(os.path.exists("dangling"), os.path.lexists("dangling"), open("s").read())
for f, args in [(os.symlink, ("f", "s")), (os.link, ("f", "h")), (os.link, ("nope", "x")), (os.readlink, ("f",)),
                (os.readlink, ("nope",)), (os.link, ("f",)), (os.symlink, ("a", "b", False, 3))]:
    try:
        f(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted((e.name, e.is_symlink()) for e in os.scandir(".")))
os.link("s", "hs")
print(os.path.islink("hs"), os.readlink("hs"))
`;

test("links over a granted NodeFS print what CPython 3.10 prints", (t) => {
  const exe = localCPython310();
  if (!exe) {
    t.skip("no local CPython 3.10");
    return;
  }
  const mine = mkdtempSync(join(tmpdir(), "dislab-links-"));
  const theirs = mkdtempSync(join(tmpdir(), "dislab-links-"));
  try {
    writeFileSync(join(theirs, "prog.py"), PROGRAM);
    const want = spawnSync(exe, ["prog.py"], { cwd: theirs, encoding: "utf8" });
    const got = run(PROGRAM, new NodeFS(mine));
    assert.equal(got.stderr, want.stderr);
    assert.equal(got.stdout, want.stdout.replace("('prog.py', False), ", ""));
  } finally {
    rmSync(mine, { recursive: true, force: true });
    rmSync(theirs, { recursive: true, force: true });
  }
});

test("links without a file system that makes them: EPERM, or EACCES with none granted", () => {
  const src = `import os
for f in (os.symlink, os.link):
    try:
        f("a", "b")
    except OSError as e:
        print(type(e).__name__, e)
`;
  const memory = new MemoryFS();
  memory.writeFile("/a", "x");
  assert.equal(run(src, memory).stdout, "PermissionError [Errno 1] Operation not permitted: 'a' -> 'b'\n".repeat(2));
  assert.equal(run(src).stdout, "PermissionError [Errno 13] Permission denied: 'a' -> 'b'\n".repeat(2));
});
