// Importing a source module caches its code in __pycache__/NAME.cpython-310.pyc and runs a valid
// cached .pyc instead of compiling again, as CPython 3.10's SourceLoader.get_code does
// (src/builtins/source-code.ts): the bytes dislab writes are compared with those the oracle's own
// import writes for the same source and modification time.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot } from "../oracle/oracle.ts";
import { oracleRun } from "../marshal/oracle-marshal.ts";

const MTIME = 1_700_000_000;

const SOURCES = [
  "X = 1\n",
  `"""A module."""
import sys
path = (1, 2.5, "a b" * 2, b"bytes", None, frozenset({1}), 10 ** 20)
def f(a, b=2, *args, k=3, **kw):
    return [a, b, args, k, kw, [i * i for i in range(3)]]
class C:
    attr = "attr"
    def m(self):
        return f"{self.attr!r}"
result = f(1), C().m()
`,
];
// Names only this module uses are left out: CPython flags an interned string for marshal's
// back-references by its reference count, which depends on what else the process holds (see
// src/marshal/write.ts), and dislab's model counts every interned string as held elsewhere.

/** Runs `dislab ARGS` in `dir` with writing bytecode left on (this environment may set PYTHONDONTWRITEBYTECODE). */
function dislab(dir: string, args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.PYTHONDONTWRITEBYTECODE;
  return spawnSync(process.execPath, [join(projectRoot, "bin", "dislab.js"), ...args], { cwd: dir, encoding: "utf8", env: { ...base, ...env } });
}

/** A fresh directory (`dir`, or a new one) holding mod.py with `source`, modified at MTIME. */
function moduleDir(source: string, dir = mkdtempSync(join(tmpdir(), "dislab-pycache-"))): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, "mod.py"), source);
  utimesSync(join(dir, "mod.py"), MTIME, MTIME);
  return dir;
}
const pycOf = (dir: string) => join(dir, "__pycache__", "mod.cpython-310.pyc");

test("importing a module writes the .pyc CPython's import writes, byte for byte", async () => {
  for (const [i, source] of SOURCES.entries()) {
    // the same directory on both sides: co_filename is the source's path
    const dir = join(tmpdir(), `dislab-pycache-test-${i}`);
    const theirs = await oracleRun<string>(`
import base64, importlib, os, sys
d = ${JSON.stringify(dir)}
os.makedirs(d, exist_ok=True)
with open(d + "/mod.py", "w") as f:
    f.write(${JSON.stringify(source)})
os.utime(d + "/mod.py", (${MTIME}, ${MTIME}))
sys.dont_write_bytecode = False
sys.path.insert(0, d)
importlib.invalidate_caches()
sys.modules.pop("mod", None)
importlib.import_module("mod")
sys.path.remove(d)
with open(d + "/__pycache__/mod.cpython-310.pyc", "rb") as f:
    result = base64.b64encode(f.read()).decode()`);
    moduleDir(source, dir);
    try {
      const r = dislab(dir, ["-c", "import mod"]);
      assert.equal(r.stderr, "");
      assert.equal(Buffer.from(readFileSync(pycOf(dir))).toString("base64"), theirs, `source ${i}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test("a .pyc whose header matches the source runs instead of it; a stale one is replaced", () => {
  const dir = moduleDir("X = 'a'\n");
  try {
    assert.equal(dislab(dir, ["-c", "import mod; print(mod.X)"]).stdout, "a\n");
    // same size and mtime, other text: the cached code still runs, as CPython's would
    writeFileSync(join(dir, "mod.py"), "X = 'b'\n");
    utimesSync(join(dir, "mod.py"), MTIME, MTIME);
    assert.equal(dislab(dir, ["-c", "import mod; print(mod.X)"]).stdout, "a\n");
    // another mtime: compiled again, and the .pyc rewritten with the new one
    utimesSync(join(dir, "mod.py"), MTIME + 1, MTIME + 1);
    assert.equal(dislab(dir, ["-c", "import mod; print(mod.X)"]).stdout, "b\n");
    assert.equal(readFileSync(pycOf(dir)).readUInt32LE(8), MTIME + 1);
    // a header that matches over a corrupt body: marshal's error, as importlib's _compile_bytecode
    writeFileSync(pycOf(dir), readFileSync(pycOf(dir)).subarray(0, 20));
    const r = dislab(dir, ["-c", "import mod"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nEOFError: marshal data too short\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("-B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode = True write no .pyc", () => {
  const show = "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)";
  const cases: [string[], Record<string, string>, string][] = [
    [["-B", "-c", `${show}; import mod`], {}, "True 1\n"],
    [["-c", `${show}; import mod`], { PYTHONDONTWRITEBYTECODE: "1" }, "True 1\n"],
    [["-c", `import sys; sys.dont_write_bytecode = True; ${show}; import mod`], {}, "True 0\n"],
    // -E ignores the variable, and an empty one counts as unset
    [["-E", "-c", `${show}`], { PYTHONDONTWRITEBYTECODE: "1" }, "False 0\n"],
    [["-c", `${show}`], { PYTHONDONTWRITEBYTECODE: "" }, "False 0\n"],
  ];
  for (const [args, env, out] of cases) {
    const dir = moduleDir("X = 1\n");
    try {
      const r = dislab(dir, args, env);
      assert.equal(r.stdout, out, args.join(" "));
      assert.equal(existsSync(join(dir, "__pycache__")), false, args.join(" "));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
