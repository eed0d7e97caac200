import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Oracle, stdlibCorpus, type CodeJson } from "../oracle/oracle.ts";
import { lnotabFromLinetable } from "../../src/bytecode/linetable.ts";

test("co_lnotab derived from co_linetable equals CPython's, across a stdlib sample", async () => {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  let checked = 0;
  const walk = (c: CodeJson) => {
    const lt = new Uint8Array(Buffer.from(c.co_linetable, "hex"));
    assert.equal(Buffer.from(lnotabFromLinetable(lt, c.co_firstlineno)).toString("hex"), c.co_lnotab, `${c.co_filename}:${c.co_name}`);
    checked++;
    for (const k of c.co_consts) if (k.t === "code") walk(k);
  };
  for (const f of files.filter((_, i) => i % 10 === 0)) {
    const r = oracle.compile(readFileSync(join(root, f)), { filename: f });
    if (r.ok) walk(r.value.code);
  }
  assert.ok(checked > 1000);
});
