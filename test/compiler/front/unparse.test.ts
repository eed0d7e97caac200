// unparseExpr against the strings CPython 3.10 stores under `from __future__ import annotations`:
// every annotation of the stdlib corpus, and the expressions of
// test/cases/compiler/unparse-cases.txt (one per line) as the annotation of `def f(x: ...)`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, stdlibCorpus } from "../../oracle/oracle.ts";
import { unparseExpr } from "../../../src/compiler/unparse.ts";
import { parse } from "../../../src/parser/index.ts";
import type * as A from "../../../src/parser/ast-nodes.ts";
import { buildSymtable } from "../../../src/compiler/symtable.ts";
import { parseFuture } from "../../../src/compiler/future.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { oracleAnnotations, oracleCorpusAnnotations } from "./front-oracle.ts";

/** Every annotation in a tree, keyed by its position. */
function annotations(node: unknown, out = new Map<string, A.expr>()): Map<string, A.expr> {
  const add = (e: A.expr | null) => {
    if (e) out.set(`${e.lineno}:${e.col_offset}:${e.end_lineno}:${e.end_col_offset}`, e);
  };
  if (Array.isArray(node)) for (const x of node) annotations(x, out);
  else if (node !== null && typeof node === "object" && "_type" in node) {
    const n = node as A.stmt;
    if (n._type === "FunctionDef" || n._type === "AsyncFunctionDef") {
      const a = n.args;
      for (const x of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) if (x) add(x.annotation);
      add(n.returns);
    } else if (n._type === "AnnAssign") add(n.annotation);
    for (const k in n) if (k !== "_type") annotations((n as unknown as Record<string, unknown>)[k], out);
  }
  return out;
}

test("unparse: every stdlib annotation as CPython writes it", async () => {
  const { root, files } = await stdlibCorpus();
  let total = 0;
  const bad: string[] = [];
  for (const f of files) {
    const bytes = readFileSync(join(root, f));
    const want = await oracleCorpusAnnotations(bytes);
    if (want.length === 0) continue;
    const mine = annotations(parse(bytes, { filename: f }));
    for (const [l, c, el, ec, text] of want) {
      total++;
      const e = mine.get(`${l}:${c}:${el}:${ec}`);
      const got = e ? unparseExpr(e) : "(missing)";
      if (got !== text) bad.push(`${f}:${l}: ${got} != ${text}`);
    }
  }
  console.log(`unparse stdlib annotations: ${total - bad.length}/${total} identical`);
  assert.deepEqual(bad.slice(0, 20), []);
});

test("unparse: expression cases as CPython writes them", async () => {
  const lines = readFileSync(join(projectRoot, "test", "cases", "compiler", "unparse-cases.txt"), "utf8")
    .split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const want = await oracleAnnotations(lines);
  const bad: string[] = [];
  lines.forEach((src, i) => {
    const w = want[i];
    let got: string;
    try {
      const mod = parse(`from __future__ import annotations\ndef f(x: ${src}): pass\n`, { filename: "<ann>" }) as A.Module;
      buildSymtable(mod, "<ann>", parseFuture(mod, "<ann>"));
      got = unparseExpr((mod.body[1] as A.FunctionDef).args.args[0].annotation!);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      got = `error: ${e.pyMessage}`;
    }
    const theirs = w.ok ? w.value : `error: ${w.msg}`;
    if (got !== theirs) bad.push(`${src}: ${got} != ${theirs}`);
  });
  console.log(`unparse cases: ${lines.length - bad.length}/${lines.length} identical`);
  assert.deepEqual(bad, []);
});
