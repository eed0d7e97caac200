// Runs gen_sre.py's cases on dislab's SRE engine (no VM): the same code array, subject and bounds,
// and the answer in the generator's format (group spans and lastindex of search, match, fullmatch
// and every finditer match). The oracle is a 32-bit CPython, whose MAXREPEAT is 2**31-1: those
// words become 64-bit CPython's MAXREPEAT, which dislab's engine uses (no literal is that large).
import { SreState } from "../../../src/modules/sre/engine.ts";
import { CodeTables } from "../../../src/modules/sre/tables.ts";

export interface SreCase {
  p: string | number[];
  f: number;
  b: boolean;
  s: number[];
  pos: number | null;
  endpos: number | null;
  groups: number;
  code: number[];
  out: unknown;
}

type Regs = [[number, number][], number | null] | null;

const MAXREPEAT_32 = 0x7fffffff;

export function toCode64(code: readonly number[]): Uint32Array {
  return Uint32Array.from(code, (w) => (w === MAXREPEAT_32 ? 0xffffffff : w));
}

function clamp(v: number, len: number): number {
  return v < 0 ? 0 : v > len ? len : v;
}

function regsOf(st: SreState, groups: number): Regs {
  const r: [number, number][] = [[st.start, st.ptr]];
  for (let g = 1; g <= groups; g++) r.push(st.span(g));
  return [r, st.lastindex >= 0 ? st.lastindex : null];
}

export function runCase(c: SreCase): unknown {
  const code = toCode64(c.code);
  const s = c.b ? Uint8Array.from(c.s) : Int32Array.from(c.s);
  const pos = clamp(c.pos ?? 0, s.length);
  const endpos = clamp(c.endpos ?? s.length, s.length);
  const sets = new CodeTables(code);
  const fresh = () => new SreState(code, sets, s, pos, endpos);
  const a = fresh();
  const search = a.search() ? regsOf(a, c.groups) : null;
  const b = fresh();
  const match = b.match(false) ? regsOf(b, c.groups) : null;
  const d = fresh();
  const fullmatch = d.match(true) ? regsOf(d, c.groups) : null;
  // SRE_Scanner.search, as finditer drives it
  const it: Regs[] = [];
  const st = fresh();
  while (st.start <= st.end) {
    st.reset();
    st.ptr = st.start;
    if (!st.search()) break;
    it.push(regsOf(st, c.groups));
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  return { search, match, fullmatch, iter: it };
}

// ---- the oracle's answers -------------------------------------------------------------------------
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, projectRoot } from "../../oracle/oracle.ts";

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(projectRoot, ".cache", "oracle-sre");

/** gen_sre.py's cases as CPython 3.10.2 (the oracle) answers them; cached on disk. */
export async function oracleCases(seed: number, count: number, caseTable = false): Promise<SreCase[]> {
  const source = readFileSync(join(here, "gen_sre.py"), "utf8");
  const reTests = readFileSync(join(here, "re_tests.json"), "utf8");
  const key = createHash("sha256").update("v1").update(source).update(reTests).update(`${seed}/${count}${caseTable ? "/cases" : ""}`).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".json");
  if (!existsSync(file)) {
    const oracle = await (await Oracle.get()).ready();
    const out = oracle.eval(`
import sys, io, json, contextlib
_buf = io.StringIO()
_argv = sys.argv
sys.argv = ["gen", "${seed}", "${count}"${caseTable ? ', "--cases"' : ""}]
try:
    with contextlib.redirect_stdout(_buf):
        exec(compile(${JSON.stringify(source)}, "gen_sre.py", "exec"), {"__name__": "__main__", "RE_TESTS": json.loads(${JSON.stringify(reTests)})})
finally:
    sys.argv = _argv
json.dumps(_buf.getvalue().splitlines())`) as string;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out);
  }
  return (JSON.parse(readFileSync(file, "utf8")) as string[]).map((l) => JSON.parse(l) as SreCase);
}

export interface Comparison {
  total: number;
  identical: number;
  mismatches: string[];
}

export function compareCases(cases: readonly SreCase[]): Comparison {
  const mismatches: string[] = [];
  let identical = 0;
  for (const c of cases) {
    let got: unknown;
    try {
      got = runCase(c);
    } catch (e) {
      got = `exception: ${String(e)}`;
    }
    if (JSON.stringify(got) === JSON.stringify(c.out)) identical++;
    else if (mismatches.length < 10) mismatches.push(`${JSON.stringify({ p: c.p, f: c.f, s: c.s, pos: c.pos, endpos: c.endpos })}\n  want ${JSON.stringify(c.out)}\n  got  ${JSON.stringify(got)}`);
  }
  return { total: cases.length, identical, mismatches };
}

export { validateCode } from "../../../src/modules/sre/validate.ts";
