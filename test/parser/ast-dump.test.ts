// dump() prints what `python3.10 -m ast [-a] [-i N] FILE` prints, for every parser case file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle } from "../oracle/oracle.ts";
import { dump, parse } from "../../src/parser/index.ts";

const dir = fileURLToPath(new URL("../cases/parser/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".py") && f !== "deep-nesting.py").sort();
const oracle = await Oracle.get();

test("ast dump: same text as python -m ast (indent 3, with and without attributes)", async () => {
  const bad: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f));
    for (const includeAttributes of [false, true]) {
      const args = ["<stdin>", "exec", includeAttributes, 3, true];
      if (!Oracle.isCached("ast_main_output", src, args)) await oracle.ready();
      const want = oracle.astMain(src, { includeAttributes });
      if (!want.ok) continue;
      const got = dump(parse(src, { filename: "<stdin>", typeComments: true }), { indent: 3, includeAttributes }) + "\n";
      if (got !== want.value) {
        let i = 0;
        while (got[i] === want.value[i]) i++;
        bad.push(`${f} (attributes ${includeAttributes}): at ${i}: ${JSON.stringify(got.slice(i - 40, i + 40))} vs ${JSON.stringify(want.value.slice(i - 40, i + 40))}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test("ast dump: one-line form and positional fields", () => {
  const m = parse("x = 1\n");
  assert.equal(dump(m), "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
  assert.equal(dump(m, { annotateFields: false }), "Module([Assign([Name('x', Store())], Constant(1))], [])");
});
