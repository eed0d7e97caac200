// dis against CPython 3.10.2 (the oracle): the text of dis.dis for the seed and the standard
// library (compared modulo code object addresses and frozenset element order, see normalize.ts),
// dis.code_info, dis.get_instructions, dis.disassemble's current-instruction marker, and the
// IndexError of malformed code objects.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CodeObject } from "../../src/bytecode/code.ts";
import { hasconst } from "../../src/bytecode/opcodes.ts";
import { codeInfo, dis, disassemble, getInstructions, showCode } from "../../src/dis/index.ts";
import { compile } from "../../src/compiler/index.ts";
import { loads } from "../../src/marshal/index.ts";
import { PyError } from "../../src/support/py-error.ts";
import { codeFromJson, constToJson } from "../oracle/convert.ts";
import { Oracle, stdlibCorpus, type ConstJson } from "../oracle/oracle.ts";
import { oracleCleanMarshal, oracleRun } from "../marshal/oracle-marshal.ts";
import { normalizeDis } from "./normalize.ts";

/** Our dis text of `source` compiled by CPython equals `python -m dis`'s, with the first differing line. */
async function expectSameDis(source: string | Uint8Array, filename = "<string>"): Promise<void> {
  const oracle = await (await Oracle.get()).ready();
  const compiled = oracle.compile(source, { filename });
  const theirs = oracle.dis(source, filename);
  assert.ok(compiled.ok && theirs.ok, `${filename} compiles`);
  const ours = normalizeDis(dis(codeFromJson(compiled.value.code))).split("\n");
  const expected = normalizeDis(theirs.value).split("\n");
  const i = ours.findIndex((l, k) => l !== expected[k]);
  assert.ok(i < 0 && ours.length === expected.length, `${filename} line ${i + 1}:\n  ours:   ${ours[i]}\n  CPython: ${expected[i]}`);
}

const SEED = "def hello(name):\n    return f'Hello, {name}!'\n";

test("dis of the seed equals python -m dis", async () => {
  await expectSameDis(SEED);
  const oracle = await (await Oracle.get()).ready();
  // Byte for byte, apart from the address of the nested code object.
  const theirs = oracle.dis(SEED);
  const compiled = oracle.compile(SEED);
  assert.ok(theirs.ok && compiled.ok);
  assert.equal(dis(codeFromJson(compiled.value.code)).replace(/0x[0-9a-f]+/g, "ADDR"), theirs.value.replace(/0x[0-9a-f]+/g, "ADDR"));
});

test("dis of every stdlib module, compiled by dislab, equals python -m dis", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let same = 0, total = 0, codeObjects = 0;
  const failures: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(root, f));
    const theirs = oracle.dis(src, f);
    if (!theirs.ok) continue;
    total++;
    const ours = normalizeDis(dis(compile(src, { filename: f })));
    if (ours === normalizeDis(theirs.value)) same++;
    else failures.push(f);
    codeObjects += ours.split("\nDisassembly of ").length;
  }
  console.log(`# dis text equal to CPython's: ${same}/${total} stdlib modules (${codeObjects} code objects)`);
  assert.deepEqual(failures, []);
  assert.ok(total >= 100);
});

test("dis of code objects loaded from CPython's marshal equals dis in CPython", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let n = 0;
  for (const f of files.filter((_, i) => i % 20 === 7)) {
    const bytes = await oracleCleanMarshal(readFileSync(join(root, f)), f);
    if (!bytes) continue;
    const theirs = oracle.disMarshal(bytes);
    assert.ok(theirs.ok);
    assert.equal(normalizeDis(dis(loads(bytes) as CodeObject)), normalizeDis(theirs.value), f);
    n++;
  }
  console.log(`# dis of marshal-loaded code objects equal: ${n}/${n}`);
});

test("wide columns and EXTENDED_ARG: 300 constants, long jumps, line numbers >= 1000, offsets >= 10000", async () => {
  const consts = "def many():\n    return [" + Array.from({ length: 300 }, (_, i) => `${i}.5`).join(", ") + "]\n";
  const jumps = "def far(x):\n    while x:\n" + Array.from({ length: 200 }, (_, i) => `        if x == ${i}:\n            x = x + ${i}\n`).join("") + "    return x\n";
  const long = "\n".repeat(1200) + Array.from({ length: 2500 }, (_, i) => `v${i} = v${i % 7} + ${i}`).join("\n") + "\n";
  for (const [name, src] of [["consts", consts], ["jumps", jumps], ["long", long]]) await expectSameDis(src, `${name}.py`);
  const oracle = await (await Oracle.get()).ready();
  const text = oracle.dis(long, "long.py");
  assert.ok(text.ok && /^\d{4} /m.test(text.value) && /\b\d{5} [A-Z]/.test(text.value), "the long module has 4-digit lines and 5-digit offsets");
});

test("code_info equals dis.code_info for every code object of a stdlib sample", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let same = 0, total = 0;
  for (const f of files.filter((_, i) => i % 3 === 0)) {
    const src = readFileSync(join(root, f));
    const compiled = oracle.compile(src, { filename: f });
    const theirs = oracle.codeInfo(src, f);
    if (!compiled.ok || !theirs.ok) continue;
    const ours: string[] = [];
    const walk = (c: CodeObject) => {
      ours.push(codeInfo(c));
      for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
    };
    walk(codeFromJson(compiled.value.code));
    assert.equal(ours.length, theirs.value.length);
    ours.forEach((info, i) => {
      total++;
      assert.equal(normalizeDis(info), normalizeDis(theirs.value[i]), `${f}, code object ${i}`);
      same++;
    });
  }
  console.log(`# code_info equal to CPython's: ${same}/${total} code objects`);
  const compiledSeed = oracle.compile(SEED);
  assert.ok(compiledSeed.ok);
  const seed = codeFromJson(compiledSeed.value.code);
  assert.equal(showCode(seed), codeInfo(seed) + "\n");
});

/** dis.get_instructions of every code object in `source`, as JSON, from CPython. */
async function theirInstructions(source: string, firstLine: number | null) {
  return oracleRun<{ name: string; instrs: [string, number, number | null, ConstJson | string | number | [string | null, boolean] | null, string, number, number | null, boolean][] }[]>(`
import dis, types
from __main__ import __oracle__
enc = __oracle__["enc_const"]
def argval(i):
    if i.opcode in dis.hasconst:
        return enc(i.argval)
    if i.opcode == dis.opmap["FORMAT_VALUE"]:
        return [i.argval[0].__name__ if i.argval[0] else None, i.argval[1]]
    return i.argval
out = []
def walk(c):
    out.append({"name": c.co_name, "instrs": [[i.opname, i.opcode, i.arg, argval(i), i.argrepr, i.offset, i.starts_line, i.is_jump_target]
                                             for i in dis.get_instructions(c, first_line=${firstLine ?? "None"})]})
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            walk(k)
walk(compile(${JSON.stringify(source)}, "g.py", "exec"))
result = out`);
}

test("getInstructions equals dis.get_instructions, arguments resolved the same way", async () => {
  const src = SEED + "class C:\n    def m(self, *a, k=1, **kw):\n        nonlocal_ = [x for x in a if x is not None and x < 3]\n        return f'{k!r:>10}{kw!s}{a!a}', lambda: self\n" +
    "try:\n    import os.path as p\nexcept ImportError:\n    p = {1: 2, **{}}\nfinally:\n    del p\nfor i in range(3):\n    print(i, 'é', b'\\x00', 1.5, 2j, ..., None, (1, 'a'), i in {1, 2})\n";
  const oracle = await (await Oracle.get()).ready();
  const compiled = oracle.compile(src, { filename: "g.py" });
  assert.ok(compiled.ok);
  for (const firstLine of [null, 100]) {
    const theirs = await theirInstructions(src, firstLine);
    const ours: CodeObject[] = [];
    const walk = (c: CodeObject) => {
      ours.push(c);
      for (const k of c.co_consts) if (k instanceof CodeObject) walk(k);
    };
    walk(codeFromJson(compiled.value.code));
    assert.equal(ours.length, theirs.length);
    ours.forEach((c, n) => {
      const mine = getInstructions(c, firstLine === null ? {} : { firstLine }).map((i) => [
        i.opname, i.opcode, i.arg,
        i.arg !== null && hasconst.includes(i.opcode) ? constToJson(i.argval as never) : Array.isArray(i.argval) ? [...i.argval] : i.argval,
        i.argrepr, i.offset, i.starts_line, i.is_jump_target,
      ]);
      const addressFree = (x: unknown) => JSON.parse(normalizeDis(JSON.stringify(x)));
      assert.deepEqual(addressFree(mine), addressFree(theirs[n].instrs), `${c.co_name}, first_line ${firstLine}`);
    });
  }
});

test("disassemble(code, lasti) marks the current instruction as dis.disassemble does", async () => {
  const oracle = await (await Oracle.get()).ready();
  const compiled = oracle.compile(SEED);
  assert.ok(compiled.ok);
  const hello = codeFromJson(compiled.value.code).co_consts.find((c) => c instanceof CodeObject) as CodeObject;
  const theirs = await oracleRun<string[]>(`
import dis, io, types
co = [c for c in compile(${JSON.stringify(SEED)}, "<string>", "exec").co_consts if isinstance(c, types.CodeType)][0]
out = []
for lasti in (0, 4, 10, 12):
    f = io.StringIO()
    dis.disassemble(co, lasti, file=f)
    out.append(f.getvalue())
result = out`);
  assert.deepEqual([0, 4, 10, 12].map((l) => disassemble(hello, l)), theirs);
});

test("malformed code objects raise dis's IndexError; no line table drops the line column", async () => {
  const cases = [
    "co.replace(co_code=co.co_code + bytes([100]))", // odd length, ends in an opcode with an argument
    "co.replace(co_code=bytes([100, 9, 83, 0]))", // constant index out of range
    "co.replace(co_code=bytes([116, 5, 83, 0]))", // name index out of range
    "co.replace(co_code=bytes([124, 7, 83, 0]))", // local index out of range
    "co.replace(co_code=bytes([136, 7, 83, 0]))", // cell/free index out of range
    "co.replace(co_code=bytes([107, 6, 83, 0]))", // comparison index out of range
    "co.replace(co_code=bytes([0, 0, 200, 3, 144, 0, 144, 0, 100, 0, 155, 7, 155, 2, 132, 15, 132, 8, 83, 0]))", // unknown opcodes, FORMAT_VALUE, MAKE_FUNCTION
    "co.replace(co_code=bytes([144, 1, 144, 255, 113, 2, 144, 3, 110, 4, 83, 0]))", // EXTENDED_ARG chains on jumps
    "co.replace(co_linetable=b'')", // no line numbers at all
    "co.replace(co_code=co.co_code + bytes([9]))", // odd length, ends in an opcode without argument
  ];
  const theirs = await oracleRun<{ marshal: string; out: string }[]>(`
import base64, dis, io, marshal, types
src = ${JSON.stringify(SEED)}
co = [c for c in compile(src, "<string>", "exec").co_consts if isinstance(c, types.CodeType)][0]
out = []
for expr in ${JSON.stringify(cases)}:
    c = eval(expr)
    f = io.StringIO()
    try:
        dis.dis(c, file=f)
        text = f.getvalue()
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    out.append({"marshal": base64.b64encode(marshal.dumps(c)).decode(), "out": text})
result = out`);
  theirs.forEach((t, i) => {
    const code = loads(new Uint8Array(Buffer.from(t.marshal, "base64"))) as CodeObject;
    let ours: string;
    try {
      ours = dis(code);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      ours = `${e.type}: ${e.pyMessage}`;
    }
    assert.equal(ours, t.out, cases[i]);
  });
});
