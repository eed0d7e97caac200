// The symbol table against CPython 3.10's: every block and every symbol's flags for the stdlib
// corpus and for test/cases/compiler/symtable-cases.py (one case per `# ---` section), and every
// symtable SyntaxError of symtable-errors.py with compile()'s message and position.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Oracle, projectRoot, stdlibCorpus } from "../../oracle/oracle.ts";
import { mangle, buildSymtable } from "../../../src/compiler/symtable.ts";
import { parseFuture } from "../../../src/compiler/future.ts";
import { parse } from "../../../src/parser/index.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { compareSymtable } from "./symtable-compare.ts";
import { optimizeAst } from "../../../src/compiler/ast-optimizer.ts";

/** The sections of a cases file, split at lines starting with `# ---`. */
export function sections(file: string): string[] {
  const text = readFileSync(join(projectRoot, "test", "cases", "compiler", file), "utf8");
  return text.split(/^# ---.*\n/m).filter((s) => s.trim() !== "");
}

test("symtable: stdlib corpus identical to CPython's", async () => {
  const { root, files } = await stdlibCorpus();
  const bad: string[] = [];
  for (const f of files) {
    const d = await compareSymtable(readFileSync(join(root, f)), f);
    if (d) bad.push(`${f}: ${d}`);
  }
  console.log(`symtable stdlib: ${files.length - bad.length}/${files.length} identical`);
  assert.deepEqual(bad, []);
});

test("symtable: tricky cases identical to CPython's", async () => {
  const cases = [...sections("symtable-cases.py"), ...sections("symtable-future-cases.py")];
  const bad: string[] = [];
  for (const src of cases) {
    const d = await compareSymtable(src, "<string>");
    if (d) bad.push(`${src.split("\n")[0]}: ${d}`);
  }
  console.log(`symtable cases: ${cases.length - bad.length}/${cases.length} identical`);
  assert.deepEqual(bad, []);
});

test("symtable: eval and single (interactive) modes identical to CPython's", async () => {
  const cases: [string, "eval" | "single"][] = [
    ["lambda x: [y for y in x] + z", "eval"],
    ["(a := 1) + [b := c for c in d]", "eval"],
    ["x = 1; y = lambda: x", "single"],
    ["def f():\n    global g\n    return g\n", "single"],
    ["class C:\n    def m(self): return __x\n", "single"],
    ["for i in range(3): print(i)\n", "single"],
  ];
  const bad: string[] = [];
  for (const [src, mode] of cases) {
    const d = await compareSymtable(src, "<stdin>", mode);
    if (d) bad.push(`${mode} ${JSON.stringify(src)}: ${d}`);
  }
  assert.deepEqual(bad, []);
});

test("symtable: SyntaxErrors identical to compile()'s", async () => {
  const cases = sections("symtable-errors.py");
  const oracle = await Oracle.get();
  const bad: string[] = [];
  for (const src of cases) {
    let want = Oracle.isCached("compile_code", src, ["<string>", "exec", -1, 0]) ? oracle.compile(src) : (await oracle.ready()).compile(src);
    let got: unknown = null;
    try {
      const mod = parse(src, { filename: "<string>" });
      buildSymtable(mod, "<string>", parseFuture(mod, "<string>"));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      const s = e.syntax;
      got = { type: e.type, msg: e.pyMessage, lineno: s?.lineno, offset: s?.offset, end_lineno: s?.end_lineno, end_offset: s?.end_offset };
    }
    const w = want.ok ? null : { type: want.error.type, msg: want.error.msg, lineno: want.error.lineno, offset: want.error.offset, end_lineno: want.error.end_lineno, end_offset: want.error.end_offset };
    if (JSON.stringify(got) !== JSON.stringify(w)) bad.push(`${src.split("\n")[0]}: ${JSON.stringify(got)} != ${JSON.stringify(w)}`);
    want = null as never;
  }
  console.log(`symtable errors: ${cases.length - bad.length}/${cases.length} identical`);
  assert.deepEqual(bad, []);
});

test("mangle follows _Py_Mangle", async () => {
  const names = ["__x", "__x__", "_x", "x", "__", "___", "__a.b", "__x_", "_"];
  const classes = ["C", "_C", "__C", "___", "_", "C_"];
  const oracle = await (await Oracle.get()).ready();
  const bad: string[] = [];
  for (const cls of classes) {
    for (const n of names) {
      // A class body binding `n` shows the mangled name in the class's symbol table.
      const want = oracle.eval(`import symtable as _s; [s for s in _s.symtable("class ${cls}:\\n ${n.replace(".", "_")} = 1", "m", "exec").get_children()[0].get_identifiers()][0]`) as string;
      const got = mangle(cls, n.replace(".", "_"));
      if (got !== want) bad.push(`${cls}.${n}: ${got} != ${want}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.equal(mangle("C", "__a.b"), "__a.b");
  assert.equal(mangle(null, "__x"), "__x");
});

test("symtable and optimizer: deep expressions give CPython's RecursionError, never a JS stack overflow", async () => {
  const oracle = await Oracle.get();
  for (const [n, shape] of [[2900, "+x"], [3100, "+x"], [2900, ".a"], [3100, "(a)"], [20000, "[a]"]] as const) {
    const src = "x" + shape.repeat(n);
    const want = Oracle.isCached("compile_code", src, ["<string>", "eval", -1, 0]) ? oracle.compile(src, { mode: "eval" }) : (await oracle.ready()).compile(src, { mode: "eval" });
    let got = "ok";
    try {
      const mod = parse(src, { filename: "<string>", mode: "eval" });
      buildSymtable(optimizeAst(mod, { optimize: 0, futureFlags: 0 }), "<string>", 0);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      got = `${e.type}: ${e.pyMessage}`;
    }
    assert.equal(got, want.ok ? "ok" : `${want.error.type}: ${want.error.msg}`, `${shape} x ${n}`);
  }
});
