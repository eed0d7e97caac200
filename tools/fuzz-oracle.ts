// Differential fuzzing against the oracle: a generator of tools/fuzz-oracle/ writes a Python program
// of a few thousand random expressions (one output line each: the value's repr or the exception's
// type and message); the program runs under CPython 3.10.2 in Pyodide and under the built dislab,
// and the lines that differ are printed. It finds bugs rather than gating: some differences are the
// 32-bit oracle's own (hashes, C long and Py_ssize_t widths, the order of sets of strings), so a
// difference is checked, and fixed with a conformance program, before it counts.
//
//   npm run build && [DISLAB_JIT_HOT=1] npm run fuzz-oracle -- GENERATOR [SEED]
//   (GENERATOR: a file name of tools/fuzz-oracle/ without .py, e.g. complex, builtin_args; SEED:
//   another random sequence than the generator's own, with which the figures in the README were measured)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../test/oracle/oracle.ts";

const [name, seed] = process.argv.slice(2);
if (!name) {
  console.error("usage: npm run fuzz-oracle -- GENERATOR [SEED]");
  process.exit(2);
}
const gen = spawnSync("python3", [join(projectRoot, "tools", "fuzz-oracle", `${name}.py`), ...(seed === undefined ? [] : [seed])], { encoding: "utf8", maxBuffer: 1 << 26 });
if (gen.status !== 0) throw new Error(`generator ${name} failed: ${gen.stderr}`);
const program = join(mkdtempSync(join(tmpdir(), "fuzz-oracle-")), `${name}.py`);
writeFileSync(program, gen.stdout);

const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide") as { loadPyodide: () => Promise<Oracle> };
interface Oracle {
  runPython(code: string): unknown;
  setStdout(o: { batched: (s: string) => void }): void;
  setStderr(o: { batched: (s: string) => void }): void;
}
const py = await loadPyodide();
let oracleOut = "";
let oracleErr = "";
py.setStdout({ batched: (s) => void (oracleOut += s + "\n") });
py.setStderr({ batched: (s) => void (oracleErr += s + "\n") });
try {
  py.runPython(gen.stdout);
} catch (e) {
  oracleErr += String(e) + "\n";
}

/**
 * dislab's side: the built command, or with DISLAB_JIT_HOT=N the sources in this process with the
 * compiled tier taking every code object that has run N times (1: all of them, as test/vm/jit.test.ts
 * does), so that generated code too short to get hot also runs compiled.
 */
async function dislabSide(): Promise<{ stdout: string; stderr: string }> {
  if (!process.env.DISLAB_JIT_HOT) return spawnSync(process.execPath, ["--stack-size=3000", join(projectRoot, "bin", "dislab.js"), program], { encoding: "utf8", maxBuffer: 1 << 26 });
  (await import("../src/vm/jit/tier.ts")).compileAfter(Number(process.env.DISLAB_JIT_HOT));
  const { runProgram } = await import("../src/vm/index.ts");
  const readFile = (path: string): Uint8Array | null => {
    try {
      return new Uint8Array(readFileSync(path));
    } catch {
      return null;
    }
  };
  // the host's files, as `dislab` has them (programs may write modules to /tmp and import them)
  const fs = new (await import("../src/cli/node-fs.ts")).NodeFS();
  return runProgram(new Uint8Array(readFileSync(program)), { filename: program, path: [join(projectRoot, "dist", "stdlib")], readFile, fs });
}
const mine = await dislabSide();
// stdout line by line, then stderr (warnings) line by line; an object's address differs between any two runs
const unaddressed = (line: string | undefined) => line?.replace(/ at 0x[0-9a-f]+/g, " at 0x");
let same = 0;
const differ: string[] = [];
for (const [a, b] of [[oracleOut.split("\n"), mine.stdout.split("\n")], [oracleErr.split("\n"), mine.stderr.split("\n")]]) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (unaddressed(a[i]) === unaddressed(b[i])) same++;
    else differ.push(`oracle: ${a[i] ?? "(none)"}\ndislab: ${b[i] ?? "(none)"}`);
  }
}
for (const d of differ) console.log(d + "\n");
console.log(`${name} (seed ${seed ?? "the generator's own"}): ${same}/${same + differ.length} lines identical`);
