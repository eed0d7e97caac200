import assert from "node:assert/strict";
import { test } from "node:test";
import { MemoryFS } from "../../src/vm/memory-fs.ts";
import { runProgram } from "../../src/vm/index.ts";

// Imports and traceback source lines read through the file system the embedder grants (before
// its readFile, if any): a module the program finds there, or writes there itself, imports as
// under CPython, and a sys.path entry the file system lacks is no directory (its importer None).

test("a granted file system alone serves imports and traceback lines", () => {
  const fs = new MemoryFS({ cwd: "/app" });
  fs.writeFile("/app/helper.py", "def boom():\n    raise ValueError('from helper')\n");
  const r = runProgram("import helper\nhelper.boom()\n", { filename: "/app/prog.py", fs });
  assert.equal(r.stderr, [
    "Traceback (most recent call last):",
    '  File "/app/prog.py", line 2, in <module>',
    "    helper.boom()",
    '  File "/app/helper.py", line 2, in boom',
    "    raise ValueError('from helper')",
    "ValueError: from helper",
    "",
  ].join("\n"));
});

test("the file system comes before readFile, which serves what it lacks", () => {
  const fs = new MemoryFS({ cwd: "/app" });
  fs.writeFile("/app/mod.py", "WHERE = 'fs'\n");
  const served: Record<string, string> = { "/app/mod.py": "WHERE = 'readFile'\n", "/lib/extra.py": "WHERE = 'readFile'\n" };
  const readFile = (p: string) => (p in served ? new TextEncoder().encode(served[p]) : null);
  const source = "import sys, mod, extra\nprint(mod.WHERE, extra.WHERE)\nprint(sys.path_importer_cache.get('/lib') is not None)\nsys.path.append('/nowhere')\ntry:\n    import nothing_here\nexcept ImportError:\n    pass\nprint(sys.path_importer_cache['/nowhere'])\n";
  const r = runProgram(source, { filename: "/app/prog.py", fs, readFile, path: ["/lib"] });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "fs readFile\nTrue\nNone\n");
});

test("a module the program writes imports", () => {
  const fs = new MemoryFS({ cwd: "/app" });
  const source = "with open('made.py', 'w') as f:\n    f.write('X = 42\\n')\nimport made\nprint(made.X, made.__file__)\n";
  const r = runProgram(source, { filename: "/app/prog.py", fs });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "42 /app/made.py\n");
});
