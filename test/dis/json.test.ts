// The `dislab dis --json` document (docs/dis-json.md): its shape, checked field by field; its
// code fields against the oracle's code objects and co_lines(); its instructions against
// getInstructions; and codeFromDisJson rebuilding every code object exactly.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CodeObject } from "../../src/bytecode/code.ts";
import { isJump } from "../../src/bytecode/opcodes.ts";
import { codeFromDisJson, disJson, getInstructions, prettyFlags, type CodeView, type DisJson } from "../../src/dis/index.ts";
import { PyError } from "../../src/support/py-error.ts";
import { codeFromJson, codeToJson, firstDifference } from "../oracle/convert.ts";
import { Oracle, stdlibCorpus, type CodeJson } from "../oracle/oracle.ts";
import { oracleRun } from "../marshal/oracle-marshal.ts";

const isInt = (v: unknown) => typeof v === "number" && Number.isInteger(v);
const isIntOrNull = (v: unknown) => v === null || isInt(v);
const isHex = (v: unknown) => typeof v === "string" && /^(?:[0-9a-f]{2})*$/.test(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
const CONST_TAGS = new Set(["None", "Ellipsis", "bool", "int", "float", "complex", "str", "bytes", "tuple", "frozenset", "code"]);

function checkConst(c: unknown, path: string): void {
  const j = c as Record<string, unknown>;
  assert.ok(j && CONST_TAGS.has(j.t as string), `${path}: tag ${JSON.stringify(j?.t)}`);
  if (j.t === "tuple" || j.t === "frozenset") (j.v as unknown[]).forEach((x, i) => checkConst(x, `${path}[${i}]`));
  else if (j.t === "code") checkCodeView(j, path);
  else if (j.t === "int") assert.match(j.v as string, /^-?\d+$/, path);
  else if (j.t === "bytes") assert.ok(isHex(j.v), path);
  else if (j.t === "float") assert.equal(typeof j.v, "string", path);
  else if (j.t === "complex") assert.ok(typeof j.re === "string" && typeof j.im === "string", path);
}

/** Every field docs/dis-json.md lists, with its type. */
function checkCodeView(v: unknown, path: string): void {
  const c = v as Record<string, unknown>;
  const fields = ["t", "co_name", "co_filename", "co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
    "co_stacksize", "co_flags", "flags", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_linetable",
    "co_lnotab", "lines", "instructions"];
  assert.deepEqual(Object.keys(c).sort(), [...fields].sort(), path);
  assert.equal(c.t, "code");
  for (const f of ["co_firstlineno", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags"]) assert.ok(isInt(c[f]), `${path}.${f}`);
  for (const f of ["co_code", "co_linetable", "co_lnotab"]) assert.ok(isHex(c[f]), `${path}.${f}`);
  for (const f of ["co_names", "co_varnames", "co_freevars", "co_cellvars", "flags"]) assert.ok(isStrings(c[f]), `${path}.${f}`);
  assert.deepEqual(c.flags, prettyFlags(c.co_flags as number).split(", "));
  (c.co_consts as unknown[]).forEach((k, i) => checkConst(k, `${path}.co_consts[${i}]`));
  for (const r of c.lines as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(r), ["start", "end", "line"]);
    assert.ok(isInt(r.start) && isInt(r.end) && isIntOrNull(r.line), `${path}.lines`);
  }
  const keys = ["offset", "opcode", "opname", "arg", "argval", "argrepr", "jump_target", "starts_line", "line", "is_jump_target"];
  for (const i of c.instructions as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(i), keys, `${path}.instructions`);
    assert.ok(isInt(i.offset) && isInt(i.opcode) && typeof i.opname === "string" && isIntOrNull(i.arg) && typeof i.argrepr === "string", `${path} @${i.offset}`);
    assert.ok(isIntOrNull(i.jump_target) && isIntOrNull(i.starts_line) && isIntOrNull(i.line) && typeof i.is_jump_target === "boolean", `${path} @${i.offset}`);
    if (i.arg === null) assert.equal(i.argval, null);
    const av = i.argval as Record<string, unknown> | null;
    if (av && typeof av === "object" && !Array.isArray(av)) {
      if (av.t === "code_ref") assert.ok(isInt(av.index) && typeof av.co_name === "string", `${path} @${i.offset}`);
      else checkConst(av, `${path} @${i.offset}.argval`);
    }
  }
}

/** The fields of a CodeView that the oracle's CodeJson also has. */
function asCodeJson(v: CodeView): unknown {
  const { flags: _f, lines: _l, instructions: _i, ...rest } = v;
  return { ...rest, co_consts: v.co_consts.map((k) => (k.t === "code" ? asCodeJson(k) : k)) };
}

test("dis JSON: shape, code fields equal to CPython's, instructions and lines consistent, exact round trip", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let n = 0, codeObjects = 0;
  for (const f of files.filter((_, i) => i % 10 === 0)) {
    const compiled = oracle.compile(readFileSync(join(root, f)), { filename: f });
    if (!compiled.ok) continue;
    const co = codeFromJson(compiled.value.code);
    const doc = JSON.parse(JSON.stringify(disJson(co))) as DisJson;
    assert.deepEqual([doc.format, doc.version, doc.python], ["dislab-dis", 1, "3.10"]);
    checkCodeView(doc.code, f);
    assert.equal(firstDifference(asCodeJson(doc.code), compiled.value.code), null, f);
    const walk = (view: CodeView, code: CodeObject) => {
      codeObjects++;
      const instrs = getInstructions(code);
      assert.deepEqual(view.instructions.map((i) => [i.offset, i.opname, i.arg, i.argrepr, i.starts_line, i.is_jump_target]),
        instrs.map((i) => [i.offset, i.opname, i.arg, i.argrepr, i.starts_line, i.is_jump_target]), `${f}:${code.co_name}`);
      for (const i of view.instructions) {
        assert.equal(i.jump_target, isJump(i.opcode) && i.arg !== null ? i.argval : null);
        const range = view.lines.find((r) => r.start <= i.offset && i.offset < r.end);
        assert.equal(i.line, range ? range.line : null);
      }
      assert.deepEqual(view.lines, code.co_lines());
      code.co_consts.forEach((k, j) => {
        if (k instanceof CodeObject) walk(view.co_consts[j] as CodeView, k);
      });
    };
    walk(doc.code, co);
    assert.equal(firstDifference(codeToJson(codeFromDisJson(doc)), codeToJson(co)), null, `${f}: round trip`);
    n++;
  }
  console.log(`# dis JSON checked and round-tripped: ${n}/${n} modules, ${codeObjects} code objects`);
});

test("dis JSON lines equal CPython's co_lines()", async () => {
  const { root, files } = await stdlibCorpus();
  const sample = files.filter((_, i) => i % 40 === 3);
  const theirs = await oracleRun<[number, number, number | null][][][]>(`
import types
def walk(c, out):
    out.append([list(r) for r in c.co_lines()])
    for k in c.co_consts:
        if isinstance(k, types.CodeType):
            walk(k, out)
    return out
result = [walk(compile(open("/lib/python3.10/" + f, "rb").read(), f, "exec"), []) for f in ${JSON.stringify(sample)}]`);
  const oracle = await (await Oracle.get()).ready();
  sample.forEach((f, i) => {
    const compiled = oracle.compile(readFileSync(join(root, f)), { filename: f });
    assert.ok(compiled.ok);
    const ours: [number, number, number | null][][] = [];
    const walk = (v: CodeView) => {
      ours.push(v.lines.map((r) => [r.start, r.end, r.line]));
      for (const k of v.co_consts) if (k.t === "code") walk(k);
    };
    walk(disJson(codeFromJson(compiled.value.code as CodeJson)).code);
    assert.deepEqual(ours, theirs[i], f);
  });
});

test("codeFromDisJson refuses documents that are not dis JSON with a ValueError", () => {
  const good = JSON.parse(JSON.stringify(disJson(new CodeObject({
    co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_nlocals: 0, co_stacksize: 1, co_flags: 64,
    co_code: Uint8Array.of(100, 0, 83, 0), co_consts: [null], co_names: [], co_varnames: [], co_freevars: [], co_cellvars: [],
    co_filename: "f", co_name: "<module>", co_firstlineno: 1, co_linetable: Uint8Array.of(4, 0),
  }))));
  const broken: unknown[] = [
    null, {}, { ...good, format: "x" }, { ...good, version: 2 }, { ...good, code: { ...good.code, co_code: "xyz" } },
    { ...good, code: { ...good.code, co_consts: [{ t: "list" }] } }, { ...good, code: { ...good.code, co_names: [1] } },
    { ...good, code: { ...good.code, co_argcount: "0" } }, { ...good, code: { ...good.code, co_consts: [{ t: "int", v: "1.5" }] } },
    { ...good, code: { ...good.code, co_consts: [{ t: "float", v: "zz" }] } },
  ];
  for (const b of broken) assert.throws(() => codeFromDisJson(b as DisJson), (e) => e instanceof PyError && e.type === "ValueError", JSON.stringify(b)?.slice(0, 80));
  assert.ok(codeFromDisJson(good) instanceof CodeObject);
});
