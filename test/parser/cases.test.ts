// Tricky valid sources (test/cases/parser/, one concept per file): the same AST as ast.parse, with
// and without type comments, and in 'single'/'eval' form where a file is one statement/expression.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareParse } from "./helpers.ts";

const dir = fileURLToPath(new URL("../cases/parser/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

test(`parser cases: ${files.length} files AST-identical to CPython`, async () => {
  const bad: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f));
    for (const typeComments of [false, true]) {
      const d = await compareParse(src, { filename: f, typeComments });
      if (d) bad.push(`${f} (typeComments ${typeComments}): ${d}`);
    }
  }
  assert.ok(files.length >= 20);
  assert.deepEqual(bad, []);
});

test("modes: eval, single, func_type agree with CPython", async () => {
  const cases: [string, "eval" | "single" | "func_type"][] = [
    ["1 + 2\n", "eval"], ["x\n\n\n", "eval"], ["(a, b)", "eval"], ["yield", "eval"], ["x = 1", "eval"],
    ["x = 1\n", "single"], ["if x:\n  pass\n", "single"], ["x = 1; y = 2\n", "single"], ["x = 1\ny = 2\n", "single"],
    ["\n", "single"], ["", "single"], ["# c\n", "single"], ["1\n# comment\n", "single"],
    ["(int, str) -> bool", "func_type"], ["() -> None", "func_type"], ["(*int, **str) -> x", "func_type"],
    ["(a, *b) -> c", "func_type"], ["(**kw) -> c", "func_type"], ["x -> y", "func_type"],
  ];
  const bad: string[] = [];
  for (const [src, mode] of cases) {
    const d = await compareParse(src, { mode });
    if (d) bad.push(`${JSON.stringify(src)} (${mode}): ${d}`);
  }
  assert.deepEqual(bad, []);
});
