// Invalid sources (test/errors/): every one gives the same exception as CPython 3.10.2's
// ast.parse: type, msg, lineno, offset, end_lineno, end_offset and text (or, for the few that
// only the compiler rejects, the same AST).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareParse } from "./helpers.ts";

const dir = fileURLToPath(new URL("../errors/", import.meta.url));

/** One source per line of a .txt file: ⏎ is a newline, ⇥ a tab; '#' lines are comments. */
export function oneLineSources(): { name: string; src: string }[] {
  const out: { name: string; src: string }[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    readFileSync(join(dir, f), "utf8").split("\n").forEach((line, i) => {
      if (!line || line.startsWith("#")) return;
      out.push({ name: `${f}:${i + 1}`, src: line.replace(/⏎/g, "\n").replace(/⇥/g, "\t") + "\n" });
    });
  }
  return out;
}

test("one-line invalid sources: same SyntaxError as CPython", async () => {
  const bad: string[] = [];
  const cases = oneLineSources();
  for (const { name, src } of cases) {
    const d = await compareParse(src);
    if (d) bad.push(`${name} ${JSON.stringify(src)}: ${d}`);
  }
  assert.ok(cases.length > 300);
  assert.deepEqual(bad, []);
});

test("multi-line invalid sources (test/errors/*.py): same SyntaxError as CPython", async () => {
  const bad: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    const src = readFileSync(join(dir, f));
    const d = await compareParse(src, { filename: f });
    if (d) bad.push(`${f}: ${d}`);
  }
  assert.deepEqual(bad, []);
});
