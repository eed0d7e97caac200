// `npm run parity`: compiles a corpus with dislab and with CPython 3.10.2 (the Pyodide oracle) and
// prints `N/M identical`, with the first differing field of each file that differs. The corpus is
// the 494-file standard library shipped with Pyodide plus the project's tricky cases
// (test/cases/**/*.py). Both sides compile the same bytes under the same filename; a file that
// fails must fail alike (exception type, message and position).
//
//   npm run parity [-- --optimize N] [--only SUBSTRING] [--quiet]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../src/compiler/index.ts";
import { PyError } from "../src/support/py-error.ts";
import { codeToJson, firstDifference } from "../test/oracle/convert.ts";
import { Oracle, projectRoot, stdlibCorpus, type PyErrorJson } from "../test/oracle/oracle.ts";

export interface CorpusFile {
  /** The name both compilers see (co_filename). */
  name: string;
  path: string;
}

export async function parityCorpus(): Promise<{ stdlib: CorpusFile[]; cases: CorpusFile[] }> {
  const { root, files } = await stdlibCorpus();
  const stdlib = files.map((f) => ({ name: f, path: join(root, f) }));
  const casesRoot = join(projectRoot, "test", "cases");
  const cases = listPy(casesRoot).map((p) => ({ name: relative(projectRoot, p), path: p }));
  return { stdlib, cases };
}

function listPy(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listPy(p));
    else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

/** The fields of a Python exception that must agree. */
function errorFields(e: PyErrorJson | PyError): Record<string, unknown> {
  if (e instanceof PyError) {
    const s = e.syntax;
    return { type: e.type, msg: e.pyMessage, lineno: s?.lineno ?? null, offset: s?.offset ?? null, end_lineno: s?.end_lineno ?? null, end_offset: s?.end_offset ?? null, text: s?.text ?? null };
  }
  const isSyntax = e.lineno !== undefined;
  return { type: e.type, msg: e.msg, lineno: isSyntax ? e.lineno : null, offset: isSyntax ? e.offset : null, end_lineno: isSyntax ? e.end_lineno : null, end_offset: isSyntax ? e.end_offset : null, text: isSyntax ? e.text : null };
}

/** Compiles one source both ways: null when identical, else the first difference. */
export function compareCompile(oracle: Oracle, source: Uint8Array, filename: string, optimize = -1): string | null {
  const theirs = oracle.compile(source, { filename, mode: "exec", optimize });
  let ours: ReturnType<typeof compile> | PyError;
  try {
    ours = compile(source, { filename, mode: "exec", optimize });
  } catch (e) {
    if (!(e instanceof PyError)) return `JavaScript exception: ${(e as Error)?.stack ?? String(e)}`;
    ours = e;
  }
  if (ours instanceof PyError) {
    if (theirs.ok) return `dislab raised ${ours.type}: ${ours.pyMessage}; CPython compiled it`;
    return firstDifference(errorFields(ours), errorFields(theirs.error));
  }
  if (!theirs.ok) return `CPython raised ${theirs.error.type}: ${theirs.error.msg}; dislab compiled it`;
  return firstDifference(codeToJson(ours), theirs.value.code);
}

async function main(argv: string[]): Promise<number> {
  const optIndex = argv.indexOf("--optimize");
  const optimize = optIndex >= 0 ? Number(argv[optIndex + 1]) : -1;
  const onlyIndex = argv.indexOf("--only");
  const only = onlyIndex >= 0 ? argv[onlyIndex + 1]! : "";
  const quiet = argv.includes("--quiet");
  const oracle = await (await Oracle.get()).ready();
  const { stdlib, cases } = await parityCorpus();
  let allSame = true;
  for (const [label, files] of [["stdlib", stdlib], ["cases", cases]] as const) {
    const chosen = files.filter((f) => f.name.includes(only));
    let same = 0;
    let ms = 0;
    for (const f of chosen) {
      const source = new Uint8Array(readFileSync(f.path));
      const t0 = performance.now();
      const d = compareCompile(oracle, source, f.name, optimize);
      ms += performance.now() - t0;
      if (d === null) same++;
      else if (!quiet) console.log(`  ${f.name}: ${d.split("\n")[0]!.slice(0, 300)}`);
    }
    if (same !== chosen.length) allSame = false;
    console.log(`${label}: ${same}/${chosen.length} identical${optimize >= 0 ? ` (optimize=${optimize})` : ""} [${(ms / 1000).toFixed(1)} s]`);
  }
  return allSame ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
