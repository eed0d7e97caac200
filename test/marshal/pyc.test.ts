// .pyc files against CPython 3.10.2 (the oracle): CPython imports and runs the .pyc files dislab
// writes (timestamp-based, and hash-based with the source check), and dislab reads the .pyc files
// py_compile writes in all three invalidation modes, with importlib's errors for bad headers.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { CodeObject } from "../../src/bytecode/code.ts";
import { dumps, loads, readPyc, sourceHash, writePyc } from "../../src/marshal/index.ts";
import { PyError } from "../../src/support/py-error.ts";
import { codeToJson, firstDifference } from "../oracle/convert.ts";
import { stdlibCorpus, type CodeJson } from "../oracle/oracle.ts";
import { oracleCleanMarshal, oracleRun } from "./oracle-marshal.ts";

const PROGRAMS = [
  "def hello(name):\n    return f'Hello, {name}!'\nresult = [hello('world'), hello(42)]\n",
  "class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n    def __repr__(self):\n        return f'Point({self.x!r}, {self.y!r})'\nresult = repr(sorted([Point(2, 1), Point(1, 2)], key=lambda p: p.x))\n",
  "def gen(n):\n    for i in range(n):\n        if i % 3 in {0, 2}:\n            yield i * 1.5\nresult = {'s': sum(gen(10)), 'l': [x for x in gen(7) if x], 'c': 2j * 3}\n",
  "def outer():\n    acc = []\n    def inner(v):\n        acc.append(v)\n        return len(acc)\n    return inner, acc\nf, a = outer()\ntry:\n    f(1); f(b'x'); 1 / 0\nexcept ZeroDivisionError as e:\n    a.append(str(e))\nresult = [repr(x) for x in a] + ['é\\u20ac', 10**30]\n",
];

const moduleName = (s: string) => "dl_" + createHash("sha256").update(s).digest("hex").slice(0, 12);

async function codeOf(source: string, filename: string): Promise<CodeObject> {
  const bytes = await oracleCleanMarshal(Buffer.from(source), filename);
  assert.ok(bytes, `${filename} compiles`);
  return loads(bytes) as CodeObject;
}

test("CPython imports and runs timestamp-based .pyc files written by writePyc", async () => {
  for (const [i, src] of PROGRAMS.entries()) {
    const name = moduleName(src);
    const pyc = writePyc(await codeOf(src, `${name}.py`), { mtime: 1700000000 + i, sourceSize: src.length });
    const theirs = await oracleRun<{ result: unknown; expected: unknown; flags: number; mtime: number; size: number }>(`
import base64, importlib.machinery, importlib.util, importlib._bootstrap_external as be
data = base64.b64decode(${JSON.stringify(Buffer.from(pyc).toString("base64"))})
path = "/tmp/${name}.pyc"
with open(path, "wb") as f:
    f.write(data)
loader = importlib.machinery.SourcelessFileLoader("${name}", path)
mod = importlib.util.module_from_spec(importlib.util.spec_from_loader("${name}", loader))
loader.exec_module(mod)
g = {}
exec(${JSON.stringify(src)}, g)
flags = be._classify_pyc(data, "${name}", {})
result = {"result": repr(mod.result), "expected": repr(g["result"]), "flags": flags,
          "mtime": be._unpack_uint32(data[8:12]), "size": be._unpack_uint32(data[12:16])}`);
    assert.deepEqual(theirs.result, theirs.expected, `program ${i}`);
    assert.deepEqual([theirs.flags, theirs.mtime, theirs.size], [0, 1700000000 + i, src.length]);
  }
});

test("CPython validates checked hash-based .pyc files written by writePyc against the source", async () => {
  const [a, b] = [PROGRAMS[0], PROGRAMS[2]];
  for (const matching of [true, false]) {
    const name = moduleName(a + b + matching);
    // The .pyc holds b's code; the source on disk is a. With a's hash CPython trusts the .pyc.
    const pyc = writePyc(await codeOf(b, `${name}.py`), { hash: sourceHash(Buffer.from(matching ? a : b)), checkSource: true });
    const theirs = await oracleRun<{ result: unknown; a: unknown; b: unknown }>(`
import base64, importlib, os, sys
d = "/tmp/hashpyc_${name}"
os.makedirs(d + "/__pycache__", exist_ok=True)
with open(d + "/${name}.py", "w") as f:
    f.write(${JSON.stringify(a)})
with open(d + "/__pycache__/${name}.cpython-310.pyc", "wb") as f:
    f.write(base64.b64decode(${JSON.stringify(Buffer.from(pyc).toString("base64"))}))
sys.dont_write_bytecode = True
sys.path.insert(0, d)
importlib.invalidate_caches()
mod = importlib.import_module("${name}")
sys.path.remove(d)
ga, gb = {}, {}
exec(${JSON.stringify(a)}, ga)
exec(${JSON.stringify(b)}, gb)
result = {"result": repr(mod.result), "a": repr(ga["result"]), "b": repr(gb["result"])}`);
    assert.deepEqual(theirs.result, matching ? theirs.b : theirs.a, matching ? "the .pyc is used" : "the stale .pyc is ignored");
  }
});

test("readPyc reads what py_compile writes, in every invalidation mode", async () => {
  const { files } = await stdlibCorpus();
  const sample = files.filter((_, i) => i % 25 === 0);
  let n = 0;
  for (const mode of ["TIMESTAMP", "CHECKED_HASH", "UNCHECKED_HASH"]) {
    const theirs = await oracleRun<{ file: string; pyc: string; flags: number; mtime: number; size: number; hash: string; code: CodeJson }[]>(`
import base64, marshal, os, py_compile, importlib.util
from __main__ import __oracle__
out = []
for rel in ${JSON.stringify(sample)}:
    src = "/lib/python3.10/" + rel
    py_compile.compile(src, cfile="/tmp/pyc_test.pyc", dfile=rel, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.${mode})
    with open("/tmp/pyc_test.pyc", "rb") as f:
        data = f.read()
    st = os.stat(src)
    with open(src, "rb") as f:
        h = importlib.util.source_hash(f.read()).hex()
    out.append({"file": rel, "pyc": base64.b64encode(data).decode(), "flags": int.from_bytes(data[4:8], "little"),
                "mtime": int(st.st_mtime) & 0xFFFFFFFF, "size": st.st_size & 0xFFFFFFFF, "hash": h,
                "code": __oracle__["enc_const"](marshal.loads(data[16:]))})
result = out`);
    for (const t of theirs) {
      const ours = readPyc(new Uint8Array(Buffer.from(t.pyc, "base64")), t.file);
      assert.equal(ours.magic, 3439);
      assert.equal(ours.flags, t.flags, t.file);
      if (mode === "TIMESTAMP") assert.deepEqual([ours.mtime, ours.sourceSize], [t.mtime, t.size], t.file);
      else {
        assert.equal(Buffer.from(ours.hash!).toString("hex"), t.hash, t.file);
        assert.equal(ours.checkSource, mode === "CHECKED_HASH");
      }
      const d = firstDifference(codeToJson(ours.code), t.code);
      assert.equal(d, null, `${t.file}: ${d}`);
      n++;
    }
  }
  console.log(`# .pyc files written by py_compile and read by readPyc: ${n}/${n}`);
});

test("readPyc raises importlib's errors for bad headers and bodies", async () => {
  const good = writePyc(await codeOf(PROGRAMS[0], "m.py"), { mtime: 1, sourceSize: 2 });
  const inputs = [
    new Uint8Array(), Uint8Array.of(0x6f, 0x0d), Uint8Array.of(0x55, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0), good.slice(0, 10),
    Uint8Array.from([...good.slice(0, 4), 4, 0, 0, 0, ...good.slice(8)]), Uint8Array.from([...good.slice(0, 4), 0, 0, 0, 0x80, ...good.slice(8)]),
    Uint8Array.from([...good.slice(0, 16), ...dumps(5n)]), good.slice(0, 16), good.slice(0, good.length - 1),
  ];
  const theirs = await oracleRun<string[]>(`
import base64, marshal, importlib._bootstrap_external as be
out = []
for b in ${JSON.stringify(inputs.map((b) => Buffer.from(b).toString("base64")))}:
    data = base64.b64decode(b)
    try:
        be._classify_pyc(data, "mod", {})
        be._compile_bytecode(memoryview(data)[16:], name="mod", bytecode_path="mod")
        out.append("ok")
    except BaseException as e:
        out.append(type(e).__name__ + ": " + str(e))
result = out`);
  const ours = inputs.map((b) => {
    try {
      readPyc(b, "mod");
      return "ok";
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      return `${e.type}: ${e.pyMessage}`;
    }
  });
  assert.deepEqual(ours, theirs);
});

test("writePyc and readPyc round-trip the header and the code", async () => {
  const code = await codeOf(PROGRAMS[1], "p.py");
  const t = readPyc(writePyc(code, { mtime: 2 ** 32 + 5, sourceSize: 123 }));
  assert.deepEqual([t.flags, t.mtime, t.sourceSize, t.hash], [0, 5, 123, undefined]);
  assert.equal(firstDifference(codeToJson(t.code), codeToJson(code)), null);
  const h = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
  const u = readPyc(writePyc(code, { hash: h, checkSource: false }));
  assert.deepEqual([u.flags, [...u.hash!], u.checkSource, u.mtime], [1, [...h], false, undefined]);
  assert.throws(() => writePyc(code, { hash: h.slice(0, 4), checkSource: true }), PyError);
});
