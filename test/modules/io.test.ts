// _io against CPython 3.10.2: the in-memory classes, the buffered classes and TextIOWrapper over
// BytesIO and over a RawIOBase written in Python (cases/io_cases.py through harness.ts), and files
// through a granted in-memory HostFS compared with the oracle's own in-memory file system. Without
// a granted file system, open() fails as a sandbox denying access would (dislab's documented choice).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compare, describe, dislabOnMemoryFS, oracleOutput } from "./harness.ts";
import { runProgram } from "../../src/vm/index.ts";
import { MemoryFS } from "../../src/vm/memory-fs.ts";

const cases = join(import.meta.dirname, "cases");

test("_io: StringIO, BytesIO, buffered classes, TextIOWrapper identical to CPython", async () => {
  const c = await compare(readFileSync(join(cases, "io_cases.py"), "utf8"), true);
  assert.equal(c.diffs.length, 0, describe(c, 20));
});

// Files under /tmp: the oracle writes them into Pyodide's MEMFS, dislab into a MemoryFS.
const FILES = `
import os
def case(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e.strerror if isinstance(e, OSError) and e.errno else e}"
    print(label, repr(r))
p = "/tmp/io_test_file.txt"
with open(p, "w", encoding="utf-8", newline="\\r\\n") as f:
    f.write("one\\ntwo\\n")
case("bytes", lambda: open(p, "rb").read())
case("text", lambda: open(p).read())
case("lines", lambda: open(p, newline="").readlines())
case("append", lambda: (open(p, "a").write("three"), open(p).read().splitlines()))
case("r+", lambda: (lambda f: (f.seek(1), f.write(b"N"), f.seek(0), f.read(), f.close()))(open(p, "r+b")))
case("tell seek", lambda: (lambda f: (f.readline(), f.tell(), f.seek(0, 2), f.close()))(open(p)))
case("exclusive", lambda: open(p, "x"))
case("missing", lambda: open("/tmp/no/such/file"))
case("directory", lambda: open("/tmp"))
case("unclosed", lambda: (open("/tmp/io_test_2.txt", "w").write("kept"), open("/tmp/io_test_2.txt").read()))
case("fileio", lambda: (lambda f: (f.mode, f.read(3), f.seekable(), f.close(), f.closed))(__import__("io").FileIO(p)))
case("truncate", lambda: (lambda f: (f.truncate(3), f.close(), open(p, "rb").read()))(open(p, "r+")))
os.remove(p)
os.remove("/tmp/io_test_2.txt")
case("removed", lambda: os.path.exists(p))
`;

test("open() on files: identical to CPython over an in-memory file system", async () => {
  assert.equal(await dislabOnMemoryFS(FILES), await oracleOutput(FILES));
});

test("open() without a granted file system raises PermissionError; std streams still work", () => {
  const r = runProgram("import sys\nprint(sys.stdout, sys.stderr.errors, sys.stdin.readline(), end='')\nopen('f.txt')\n", { filename: "t.py", stdin: "typed\n" });
  assert.equal(r.stdout, "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> backslashreplace typed\n");
  assert.match(r.stderr, /PermissionError: \[Errno 13\] Permission denied: 'f.txt'\n$/);
  assert.equal(r.exitCode, 1);
});

test("sys.stdout: output reaches the host as it is written, and text survives an encoding round trip", () => {
  const r = runProgram("import sys\nfor i in range(3):\n    print(i, 'é😀', sep='|')\nsys.stdout.write('w\\n')\nsys.stdout.buffer.write('b€\\n'.encode())\nprint('x\\udcff', file=sys.stderr)\n", { filename: "t.py" });
  assert.equal(r.stdout, "0|é😀\n1|é😀\n2|é😀\nw\nb€\n");
  assert.equal(r.stderr, "x\\udcff\n");
});
