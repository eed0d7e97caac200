// The code generator's tricky cases, one per `# ---` section of test/cases/compiler/codegen-*.py,
// compiled by dislab and by CPython 3.10.2 (the oracle): the whole code object must be identical,
// or, for a source CPython rejects, the same SyntaxError (message and position); the
// SyntaxWarnings must be the same too. A section header may set `mode=eval|single`,
// `optimize=N` and `flags=0x...` for compile().
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compile } from "../../../src/compiler/index.ts";
import { PyError, type PyWarning } from "../../../src/support/py-error.ts";
import { codeToJson, firstDifference } from "../../oracle/convert.ts";
import { Oracle, projectRoot, type CompileOptions } from "../../oracle/oracle.ts";

const dir = join(projectRoot, "test", "cases", "compiler");
const FILENAME = "<string>";

interface Case { title: string; source: string; options: CompileOptions }

function sections(text: string): Case[] {
  const out: Case[] = [];
  const parts = text.split(/^(# ---.*)\n/m);
  for (let i = 1; i < parts.length; i += 2) {
    const title = parts[i].slice(5).trim();
    const options: CompileOptions = { filename: FILENAME, mode: "exec" };
    for (const m of title.matchAll(/(mode|optimize|flags)=(\S+)/g)) {
      if (m[1] === "mode") options.mode = m[2] as CompileOptions["mode"];
      else if (m[1] === "optimize") options.optimize = Number(m[2]);
      else options.flags = Number(m[2]);
    }
    out.push({ title, source: parts[i + 1], options });
  }
  return out;
}

/** Compare one case with the oracle; null when dislab does what CPython does. */
async function compare(c: Case): Promise<string | null> {
  const oracle = await Oracle.get();
  const o = c.options;
  if (!Oracle.isCached("compile_code", c.source, [FILENAME, o.mode, o.optimize ?? -1, o.flags ?? 0])) await oracle.ready();
  const theirs = oracle.compile(c.source, o);
  const warnings: PyWarning[] = [];
  let ours: ReturnType<typeof codeToJson> | PyError;
  try {
    ours = codeToJson(compile(c.source, {
      filename: FILENAME, mode: o.mode as "exec" | "eval" | "single", optimize: o.optimize, flags: o.flags,
      warn: (w) => warnings.push(w),
    }));
  } catch (e) {
    if (!(e instanceof PyError)) return `JavaScript exception ${(e as Error).stack}`;
    ours = e;
  }
  const theirWarnings = theirs.warnings.map((w) => `${w.category}:${w.lineno}:${w.message}`);
  const ourWarnings = warnings.map((w) => `${w.category}:${w.lineno}:${w.message}`);
  if (JSON.stringify(theirWarnings) !== JSON.stringify(ourWarnings)) {
    return `warnings ${JSON.stringify(ourWarnings)} vs ${JSON.stringify(theirWarnings)}`;
  }
  if (!theirs.ok) {
    if (!(ours instanceof PyError)) return `compiled, CPython raised ${theirs.error.type}: ${theirs.error.msg}`;
    const e = theirs.error;
    const mine = { type: ours.type, msg: ours.pyMessage, lineno: ours.syntax?.lineno, offset: ours.syntax?.offset,
      end_lineno: ours.syntax?.end_lineno, end_offset: ours.syntax?.end_offset };
    const want = { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset };
    return JSON.stringify(mine) === JSON.stringify(want) ? null : `${JSON.stringify(mine)} vs ${JSON.stringify(want)}`;
  }
  if (ours instanceof PyError) return `raised ${ours.message}`;
  return firstDifference(ours, theirs.value.code);
}

for (const file of readdirSync(dir).filter((f) => /^codegen-.*\.py$/.test(f)).sort()) {
  test(`codegen cases: ${file}`, async () => {
    const bad: string[] = [];
    for (const c of sections(readFileSync(join(dir, file), "utf8"))) {
      const d = await compare(c);
      if (d !== null) bad.push(`${c.title}: ${d.slice(0, 400)}`);
    }
    assert.deepEqual(bad, []);
  });
}
