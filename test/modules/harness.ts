// Differential harness for the native modules: one Python program runs in the oracle (CPython
// 3.10.2 in Pyodide, answers cached under .cache/oracle-modules/) and in dislab's runProgram; the
// printed lines are compared one by one. Programs print one line per case (a repr or the
// exception's type and message), so a count of identical lines is the N/M of a module's test.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Oracle, projectRoot, stdlibCorpus } from "../oracle/oracle.ts";
import { runProgram } from "../../src/vm/index.ts";
import { MemoryFS } from "../../src/vm/memory-fs.ts";

const cacheDir = join(projectRoot, ".cache", "oracle-modules");

const RUNNER = `
import sys, io, traceback
def __run_case_program(src):
    out = io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    try:
        g = {"__name__": "__main__"}
        exec(compile(src, "case.py", "exec"), g)
    except BaseException as e:
        print("UNCAUGHT", type(e).__name__, e, file=out)
    finally:
        sys.stdout, sys.stderr = old
    return out.getvalue()
`;

/** What CPython 3.10.2 prints for the program (stdout and stderr interleaved). */
export async function oracleOutput(src: string): Promise<string> {
  const key = createHash("sha256").update("v1\0").update(src).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".txt");
  if (existsSync(file)) return readFileSync(file, "utf8");
  const oracle = await (await Oracle.get()).ready();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const py = (oracle as any).py;
  py.runPython(RUNNER);
  const f = py.globals.get("__run_case_program");
  const text: string = f(src);
  f.destroy();
  mkdirSync(join(cacheDir, key.slice(0, 2)), { recursive: true });
  writeFileSync(file, text);
  return text;
}

/**
 * What dislab prints for the program; with `lib` (the oracle's Lib directory, stdlibCorpus()),
 * imports also find the pure-Python standard library.
 */
export function dislabOutput(src: string, lib?: string): string {
  const readFile = lib === undefined ? undefined : (p: string) => {
    const f = join(lib, p);
    return existsSync(f) ? new Uint8Array(readFileSync(f)) : null;
  };
  const r = runProgram(src, { filename: "case.py", maxSteps: 500_000_000, timeout: 60_000, readFile });
  let out = r.stdout + r.stderr;
  if (r.exitCode !== 0 && !r.stderr) out += `[exit ${r.exitCode}]\n`;
  return out;
}

/** What dislab prints for the program run with an in-memory file system (an empty /tmp) and the
 * oracle's standard library. */
export async function dislabOnMemoryFS(src: string): Promise<string> {
  const fs = new MemoryFS({ cwd: "/" });
  fs.makeDirs("/tmp");
  const lib = (await stdlibCorpus()).root;
  const readFile = (p: string) => {
    const f = join(lib, p);
    return existsSync(f) ? new Uint8Array(readFileSync(f)) : null;
  };
  const r = runProgram(src, { filename: "case.py", fs, readFile });
  return r.stdout + r.stderr;
}

export interface Comparison {
  same: number;
  total: number;
  diffs: { line: number; oracle: string; dislab: string }[];
}

export async function compare(src: string, withStdlib = false): Promise<Comparison> {
  const want = (await oracleOutput(src)).split("\n");
  const got = dislabOutput(src, withStdlib ? (await stdlibCorpus()).root : undefined).split("\n");
  const total = Math.max(want.length, got.length);
  const diffs: Comparison["diffs"] = [];
  for (let i = 0; i < total; i++) {
    if (want[i] !== got[i]) diffs.push({ line: i + 1, oracle: want[i] ?? "<missing>", dislab: got[i] ?? "<missing>" });
  }
  return { same: total - diffs.length, total, diffs };
}

/** A short account of a comparison for assertion messages. */
export function describe(c: Comparison, max = 15): string {
  return `${c.same}/${c.total} lines identical\n` + c.diffs.slice(0, max).map((d) => `  line ${d.line}:\n    oracle: ${d.oracle}\n    dislab: ${d.dislab}`).join("\n");
}
