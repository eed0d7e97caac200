// Generated test cases for the text library. Each gen_*.py draws inputs from a seeded random and
// prints one JSON case per line with CPython's answer; each check-*.ts gives dislab's answer to a
// case. The unit tests run a generator in the oracle (CPython 3.10.2, answers cached under
// .cache/oracle-text/); bulk.ts runs it, with millions of cases, in a local CPython 3.10 if present.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, projectRoot } from "../../../oracle/oracle.ts";
import * as codecs from "./check-codecs.ts";
import * as fmtstr from "./check-fmtstr.ts";
import * as format from "./check-format.ts";
import * as ops from "./check-ops.ts";
import * as parse from "./check-parse.ts";
import * as str from "./check-str.ts";

const here = dirname(fileURLToPath(import.meta.url));

type Run = (c: any) => { out?: unknown; err?: unknown };
/** Suite name -> generator script, dislab's side, and a fix-up of 32-bit-only answers. */
export const SUITES: Record<string, { gen: string; run: Run; adjust?: (c: any) => void; adjustLocal?: (c: any) => void }> = {
  format: { gen: "gen_format.py", run: format.run, adjust: format.adjustFor64Bit },
  digits: { gen: "gen_digits.py", run: format.run },
  parse: { gen: "gen_parse.py", run: parse.run, adjustLocal: parse.adjustLocal },
  ops: { gen: "gen_ops.py", run: ops.run },
  str: { gen: "gen_str.py", run: str.run },
  codecs: { gen: "gen_codecs.py", run: codecs.run },
  fmtstr: { gen: "gen_fmtstr.py", run: fmtstr.run },
};

export interface Comparison {
  total: number;
  identical: number;
  /** The first few differing cases, with dislab's answer. */
  mismatches: string[];
}

/** Compares dislab's answers with the generator's lines. */
export function compare(suite: string, lines: readonly string[], local = false): Comparison {
  const { run, adjust, adjustLocal } = SUITES[suite];
  const mismatches: string[] = [];
  let identical = 0;
  let total = 0;
  for (const line of lines) {
    if (!line) continue;
    total++;
    const c = JSON.parse(line);
    adjust?.(c);
    if (local) adjustLocal?.(c);
    const got = run(c);
    const want = c.out !== undefined ? { out: c.out } : { err: c.err };
    if (JSON.stringify(got) === JSON.stringify(want)) identical++;
    else if (mismatches.length < 20) mismatches.push(`${line}\n  dislab: ${JSON.stringify(got)}`);
  }
  return { total, identical, mismatches };
}

const cacheDir = join(projectRoot, ".cache", "oracle-text");

/**
 * Runs Python statements in the oracle and returns json.loads(json.dumps(result)); cached on disk
 * under .cache/oracle-text/, keyed by the statements.
 */
export async function oracleRun<T>(stmts: string): Promise<T> {
  const key = createHash("sha256").update("run1").update(stmts).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as T;
  const oracle = await (await Oracle.get()).ready();
  const out = oracle.eval(`
import json
_g = {}
exec(compile(${JSON.stringify(stmts)}, "<test>", "exec"), _g)
json.dumps(_g.get("result"))`) as string;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, out);
  return JSON.parse(out) as T;
}

/** The generator's cases as the oracle (CPython 3.10.2) answers them; cached on disk. */
export async function oracleCases(suite: string, seed: number, count: number): Promise<string[]> {
  const source = readFileSync(join(here, SUITES[suite].gen), "utf8");
  const key = createHash("sha256").update("v1").update(source).update(`${seed}/${count}`).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const oracle = await (await Oracle.get()).ready();
  const out = oracle.eval(`
import sys, io, json, contextlib
_buf = io.StringIO()
_argv = sys.argv
sys.argv = ["gen", "${seed}", "${count}"]
try:
    with contextlib.redirect_stdout(_buf):
        exec(compile(${JSON.stringify(source)}, "${SUITES[suite].gen}", "exec"), {"__name__": "__main__"})
finally:
    sys.argv = _argv
json.dumps(_buf.getvalue().splitlines())`) as string;
  const lines = JSON.parse(out) as string[];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(lines));
  return lines;
}

/** A local CPython 3.10 interpreter, if one is installed. */
export function localPython(): string | null {
  const candidates = [process.env.PYTHON310, "/root/.pyenv/versions/3.10.13/bin/python3", "python3.10"].filter(Boolean) as string[];
  for (const p of candidates) {
    try {
      const v = execFileSync(p, ["-c", "import sys; print(sys.version_info[:2] == (3, 10))"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      if (v.trim() === "True") return p;
    } catch {
      // not this one
    }
  }
  return null;
}

/** The generator's cases as a local CPython 3.10 answers them (for bulk runs). */
export function localCases(python: string, suite: string, seed: number, count: number): string[] {
  const out = execFileSync(python, [join(here, SUITES[suite].gen), String(seed), String(count)], { encoding: "utf8", maxBuffer: 1 << 30 });
  return out.split("\n");
}
