// The AST optimiser against CPython 3.10: every unary and binary operator over a matrix of
// constants of every type (is the expression folded to one constant, and to which value), the
// partial folds of test/cases/compiler/fold-cases.txt (the set of constants the compiled code
// holds), __debug__ at each optimisation level, and that the input tree is never changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, stdlibCorpus } from "../../oracle/oracle.ts";
import { optimizeAst } from "../../../src/compiler/ast-optimizer.ts";
import { parseFuture } from "../../../src/compiler/future.ts";
import { parse, dump } from "../../../src/parser/index.ts";
import type * as A from "../../../src/parser/ast-nodes.ts";
import { CodeObject } from "../../../src/bytecode/code.ts";
import { PyFrozenSet, PyTuple, constTypeName, type PyConstant } from "../../../src/bytecode/constants.ts";
import { constRepr } from "../../../src/dis/const-repr.ts";
import { oracleFileConstants, oracleFold } from "./front-oracle.ts";

/** The oracle's canonical text of a constant: type:repr, tuples recursively, frozensets sorted. */
function canon(v: PyConstant): string {
  if (v instanceof PyTuple) return "(" + v.items.map(canon).join(",") + ")";
  if (v instanceof PyFrozenSet) return "fs{" + v.items.map(canon).sort().join(",") + "}";
  if (v instanceof CodeObject) return "code";
  return constTypeName(v) + ":" + constRepr(v);
}

function optimized(src: string, mode: "eval" | "exec", optimize = 0): A.mod {
  const mod = parse(src, { filename: "<fold>", mode });
  return optimizeAst(mod, { optimize, futureFlags: parseFuture(mod, "<fold>") });
}

/** Every Constant value in a tree, canonical and deduplicated. */
function constants(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) constants(x, out);
  else if (node !== null && typeof node === "object" && "_type" in node) {
    const n = node as Record<string, unknown>;
    if (n._type === "Constant") out.add(canon(n.value as PyConstant));
    else for (const k in n) if (k !== "_type") constants(n[k], out);
  }
  return out;
}

/** Do the two complex values of a mismatch line agree to 1e-13 relative? */
function closeComplex(line: string): boolean {
  const nums = [...line.matchAll(/complex:\((-?[\d.]+(?:e[-+]\d+)?)([-+][\d.]+(?:e[-+]\d+)?)j\)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (nums.length !== 2) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b));
  return near(nums[0][0], nums[1][0]) && near(nums[0][1], nums[1][1]);
}

const OPERANDS = [
  "0", "1", "-1", "7", "-7", "2", "3", "128", "2**64", "-(2**100)", "2**127", "2**63", "True", "False",
  "0.0", "-0.0", "1.5", "-2.5", "1e308", "1e309", "-1e309", "3.0", "0.1",
  "1j", "(2+3j)", "-0j", "(1e308+1e308j)", "(0j)",
  "''", "'ab'", "'é'", "'\\U0001d11e'", "'x'*100", "b''", "b'ab'", "(1, 2)", "()", "((1,), 2)", "(1,)*100",
  "None", "...",
];
const BINOPS = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];
const UNARY = ["~", "not ", "+", "-"];

test("optimizer: operators over constants fold exactly as CPython's", async () => {
  const exprs: string[] = [];
  for (const a of OPERANDS) {
    for (const u of UNARY) exprs.push(`${u}(${a})`);
    for (const op of BINOPS) for (const b of OPERANDS) exprs.push(`(${a}) ${op} (${b})`);
  }
  // Size limits of safe_multiply, safe_power, safe_lshift and the collection guards.
  for (const n of [0, 1, 2, 63, 64, 65, 127, 128, 129, 4095, 4096, 4097, 256, 257, 1024, -1]) {
    exprs.push(`2 ** ${n}`, `1 << ${n}`, `3 << ${n}`, `'a' * ${n}`, `${n} * 'ab'`, `b'a' * ${n}`, `(1,) * ${n}`, `(1, 2) * ${n}`,
      `((1, 2), 3) * ${n}`, `(2**64) * (2**${n})`, `-1 ** ${n}`, `(-2) ** ${n}`, `1 ** ${n}`, `0 ** ${n}`, `7 >> ${n}`, `(1, (2, (3,))) * ${n}`);
  }
  exprs.push("2**64 * 2**64", "2**63 * 2**65", "(2**128-1) * 1", "10**38", "10**39", "255 << 120", "255 << 121", "1 << 128",
    "7 / 2", "-7 // 2", "-7 % 2", "7 % -2", "10**30 / 3", "-(10**30) / 7", "1 / 3", "2**1100 / 3**600", "0 / -5", "2**2000 // 2**1990",
    "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'a\\U0001d11eb'[1]", "'a\\U0001d11eb'[2]", "b'abc'[0]", "(1, 2)[True]", "(1, 2)[1.0]",
    "(1, 2, 3)[-3]", "'abc'[1:2]", "(1, 2)['a']", "(2+0j) ** 2", "(1+1j) ** 101", "(1+1j) ** -2", "2 ** 0.5", "(-8) ** (1/3)",
    "(-8.0) ** 0.5", "0 ** -1", "0.0 ** -1", "1j ** 1j", "(1+2j) / (3-4j)", "1 / 0j", "1e308 * 10", "1e300 ** 2", "True & True",
    "True | False", "True ^ True", "True + True", "-True", "~True", "~False", "not ()", "not (0,)", "not 0j", "not ...",
    "(1, 2) + (3,)", "'a' + 'b'", "b'a' + b'b'", "'a' + b'b'", "'%s' % 1", "b'%d' % 1", "(1,) * True", "1.5 // 0.0", "7 % 0",
    "2 ** 128 ** 0", "-(-(-1))", "--1.5", "+True", "(1, -2)", "(1, (2, -3))", "((1, 2), [3])");
  const want = await oracleFold(exprs, "eval");
  const bad: string[] = [];
  exprs.forEach((src, i) => {
    const w = want[i];
    if (w.error !== undefined) return;
    const body = (optimized(src, "eval") as A.Expression).body;
    const got = body._type === "Constant" ? canon(body.value) : null;
    if (got !== w.folded) bad.push(`${src}: ${got} != ${w.folded}`);
  });
  // complex ** goes through hypot/atan2/exp/log/cos/sin; V8's and the oracle's musl differ in the
  // last bits of some of those, so such a value may be a few ulps off (never folded differently).
  const libm = bad.filter((b) => /\*\*/.test(b) && /complex:.* != complex:/.test(b) && closeComplex(b));
  console.log(`optimizer operators: ${exprs.length - bad.length}/${exprs.length} identical, ${libm.length} complex powers a few ulps off`);
  assert.deepEqual(bad.filter((b) => !libm.includes(b)), []);
});

test("optimizer: partial folds leave the constants CPython's code holds", async () => {
  const lines = readFileSync(join(projectRoot, "test", "cases", "compiler", "fold-cases.txt"), "utf8")
    .split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const want = await oracleFold(lines, "eval");
  const bad: string[] = [];
  lines.forEach((src, i) => {
    if (want[i].error !== undefined) {
      bad.push(`${src}: the oracle raised ${want[i].error}`);
      return;
    }
    const got = [...constants(optimized(src, "eval"))].sort();
    // What the code generator adds: code names, the None of a lambda or generator, keyword names.
    const theirs = want[i].consts!.filter((c) => !/^str:'<\w+>'$/.test(c) && c !== "NoneType:None" && !/^\((str:'\w+',?)+\)$/.test(c));
    if (JSON.stringify(got) !== JSON.stringify(theirs)) bad.push(`${src}: ${got} != ${want[i].consts}`);
  });
  console.log(`optimizer partial folds: ${lines.length - bad.length}/${lines.length} identical`);
  assert.deepEqual(bad, []);
});

test("optimizer: __debug__ is a constant at each optimisation level", async () => {
  for (const optimize of [0, 1, 2]) {
    const srcs = ["__debug__", "not __debug__", "__debug__ + 1", "(__debug__, 1)"];
    const want = await oracleFold(srcs, "eval", optimize);
    srcs.forEach((src, i) => {
      const body = (optimized(src, "eval", optimize) as A.Expression).body;
      assert.equal(body._type === "Constant" ? canon(body.value) : null, want[i].folded, src);
    });
  }
});

test("optimizer: annotations are not folded under `from __future__ import annotations`", () => {
  const src = "from __future__ import annotations\ndef f(x: 1+2, *a: -1) -> 3*4: pass\ny: 5+6 = 7+8\n";
  const mod = optimized(src, "exec") as A.Module;
  const f = mod.body[1] as A.FunctionDef;
  assert.equal(f.args.args[0].annotation!._type, "BinOp");
  assert.equal(f.args.vararg!.annotation!._type, "UnaryOp");
  assert.equal(f.returns!._type, "BinOp");
  const ann = mod.body[2] as A.AnnAssign;
  assert.equal(ann.annotation._type, "BinOp");
  assert.equal(ann.value!._type, "Constant");
  const plain = optimized(src.replace("from __future__ import annotations\n", "pass\n"), "exec") as A.Module;
  assert.equal((plain.body[1] as A.FunctionDef).args.args[0].annotation!._type, "Constant");
});

test("optimizer: the input tree is left unchanged (stdlib corpus)", async () => {
  const { root, files } = await stdlibCorpus();
  let changed = 0;
  for (const f of files) {
    const mod = parse(readFileSync(join(root, f)), { filename: f });
    const before = dump(mod, { includeAttributes: true });
    const out = optimizeAst(mod, { optimize: 0, futureFlags: parseFuture(mod, f) });
    assert.equal(dump(mod, { includeAttributes: true }), before, f);
    if (out !== mod) changed++;
  }
  console.log(`optimizer stdlib: ${files.length} files unchanged in place, ${changed} with folds`);
});

/** Constants the code generator emits: all but constant expression statements and constant tests it folds away. */
function emittedConstants(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) emittedConstants(x, out);
  else if (node !== null && typeof node === "object" && "_type" in node) {
    const n = node as Record<string, unknown>;
    if (n._type === "Constant") out.add(canon(n.value as PyConstant));
    for (const k in n) {
      if (k === "_type") continue;
      const child = n[k] as { _type?: string } | null;
      const dropped = child?._type === "Constant" && ((n._type === "Expr" && k === "value") || ((n._type === "While" || n._type === "If") && k === "test"));
      if (!dropped) emittedConstants(child, out);
    }
  }
  return out;
}

test("optimizer: every constant left in a stdlib module is one CPython's code objects hold", async () => {
  const { root, files } = await stdlibCorpus();
  const bad: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(root, f));
    const theirs = new Set(await oracleFileConstants(bytes, f));
    const mod = parse(bytes, { filename: f });
    for (const c of emittedConstants(optimizeAst(mod, { optimize: 0, futureFlags: parseFuture(mod, f) }))) {
      if (!theirs.has(c)) bad.push(`${f}: ${c.slice(0, 60)}`);
    }
  }
  console.log(`optimizer stdlib constants: ${files.length - new Set(bad.map((b) => b.split(":")[0])).size}/${files.length} files without a constant CPython lacks`);
  assert.deepEqual(bad, []);
});
