// `npm run bench`: the programs of bench/programs/ under dislab's VM, native CPython and CPython
// in Pyodide, in one run. Each side runs the same Python harness (pythonHarness below), which
// compiles and execs the program --rounds times (3 unless told) inside an already started
// runtime, timing each round with time.perf_counter: dislab as the `dislab` command
// (bin/dislab.js -c HARNESS, a fresh process per program, started as `dislab run` starts: the
// bundle and its code cache), native CPython as `python3.10 -c HARNESS`, CPython in Pyodide in one
// instance for all. The outputs must agree. Then start-up: a one-line program run
// as a fresh process. Times are printed with ratios, never asserted.
//
//   npm run bench [-- --rounds N] [FILTER...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "../test/oracle/oracle.ts";

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1])) : 3;
const filters = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--rounds");

const dir = join(projectRoot, "bench", "programs");
const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();

if (!existsSync(join(projectRoot, "dist", "cli", "dislab.cjs"))) throw new Error("run `npm run build` first: the benchmark measures the built `dislab` command");

/** The V8 flags `dislab` runs with: those of bin/dislab.js's shebang line. */
const CLI_FLAGS = /^#!.*\bnode((?: --[\w-]+=\S+)*)/.exec(readFileSync(join(projectRoot, "bin", "dislab.js"), "utf8"))?.[1]?.trim().split(" ") ?? [];

/** Every side's harness: compile and exec the program ROUNDS times, printing its output once, then the first round's time and the best. */
const pythonHarness = (path: string) => `
import sys, io, time
src = open(${JSON.stringify(path)}, "rb").read()
times = []
for r in range(${ROUNDS}):
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    t0 = time.perf_counter()
    try:
        exec(compile(src, ${JSON.stringify(path)}, "exec"), {"__name__": "__main__"})
    finally:
        sys.stdout = saved
    times.append(time.perf_counter() - t0)
sys.stdout.write(out.getvalue())
sys.stdout.write("\\n%r %r\\n" % (times[0], min(times)))
`;

/** A side's output (the program's, from its last round) and its rounds' times in seconds: the first (a fresh runtime's) and the best. */
interface Timed {
  output: string;
  first: number;
  best: number;
}

/** Runs the harness on `path` as a fresh process of `exe` with `args` before `-c`: its output (stderr after stdout) and times. */
function runHarness(exe: string, args: string[], path: string): Timed {
  const run = spawnSync(exe, [...args, "-c", pythonHarness(path)], { encoding: "utf8", maxBuffer: 1 << 26 });
  const timed = splitTimed(run.stdout);
  return { ...timed, output: timed.output + run.stderr };
}

function splitTimed(text: string): Timed {
  const at = text.lastIndexOf("\n", text.length - 2);
  const [first, best] = text.slice(at + 1).trim().split(" ").map(Number);
  return { output: text.slice(0, at), first: first!, best: best! };
}

function nativePython(): { exe: string; version: string } | null {
  for (const exe of ["python3.10", "/root/.pyenv/versions/3.10.13/bin/python3.10", "python3"]) {
    const r = spawnSync(exe, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" });
    if (r.status === 0) return { exe, version: r.stdout.trim() };
  }
  return null;
}

const native = nativePython();
const require = createRequire(import.meta.url);
const { loadPyodide } = require("pyodide") as { loadPyodide: () => Promise<Pyodide> };
interface Pyodide {
  runPython(code: string): unknown;
  setStdout(o: { batched: (s: string) => void }): void;
  FS: { writeFile(path: string, data: Uint8Array): void };
  version: string;
}
const pyodide = await loadPyodide();

interface Row {
  name: string;
  dislab: Timed;
  native: Timed | null;
  pyodide: Timed;
  agree: boolean;
}
const rows: Row[] = [];
for (const name of programs) {
  const path = join(dir, name);
  const source = new Uint8Array(readFileSync(path));

  const dislab = runHarness(process.execPath, [...CLI_FLAGS, join(projectRoot, "bin", "dislab.js")], path);
  const nativeTimed = native && runHarness(native.exe, [], path);

  let captured = "";
  pyodide.setStdout({ batched: (s) => void (captured += s + "\n") });
  pyodide.FS.writeFile(`/tmp/${name}`, source);
  pyodide.runPython(pythonHarness(`/tmp/${name}`));
  const inPyodide = splitTimed(captured);

  const agree = dislab.output === inPyodide.output && (nativeTimed === null || nativeTimed.output === dislab.output);
  rows.push({ name, dislab, native: nativeTimed, pyodide: inPyodide, agree });
}

const fmt = (s: number) => `${s.toFixed(3)} s`.padStart(10);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(8);
const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
console.log(`dislab vs ${native ? `CPython ${native.version} (${native.exe})` : "no native CPython"} and CPython 3.10.2 in Pyodide ${pyodide.version}`);

/** One table of times and ratios: each side's best of the rounds, or its first round (a fresh runtime's). */
function table(title: string, time: (t: Timed) => number): void {
  console.log(title);
  console.log(`${"program".padEnd(26)}${"dislab".padStart(10)}${"native".padStart(10)}${"pyodide".padStart(10)}  dislab/native  dislab/pyodide  output`);
  for (const r of rows) {
    const [d, n, p] = [time(r.dislab), r.native && time(r.native), time(r.pyodide)];
    console.log(`${r.name.padEnd(26)}${fmt(d)}${n === null ? "".padStart(10) : fmt(n)}${fmt(p)}  ${n === null ? "" : ratio(d, n).padStart(13)}  ${ratio(d, p).padStart(14)}  ${r.agree ? "same" : "DIFFERS"}`);
  }
  if (native) console.log(`geometric mean of dislab/native: ${geo(rows.map((r) => time(r.dislab) / time(r.native!))).toFixed(2)}x`);
  console.log(`geometric mean of dislab/pyodide: ${geo(rows.map((r) => time(r.dislab) / time(r.pyodide))).toFixed(2)}x`);
}
if (ROUNDS === 1) table("one round each", (t) => t.best);
else {
  table(`best of ${ROUNDS} rounds`, (t) => t.best);
  table("first round of each program (dislab in a fresh process: its compiled tier and V8 still warming up)", (t) => t.first);
}

// Start-up: a one-line program as a fresh process, best of 5.
function wall(cmd: string, args: string[], env = process.env): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(cmd, args, { stdio: "ignore", env });
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}
const dislabArgs = [...CLI_FLAGS, join(projectRoot, "bin", "dislab.js"), "-c", "print(1)"];
const startup = [
  ["dislab -c 'print(1)'", wall(process.execPath, dislabArgs)],
  ["node -e ''", wall(process.execPath, ["-e", ""])],
  ...(native ? [[`${native.exe} -c 'print(1)'`, wall(native.exe, ["-c", "print(1)"])]] : []),
] as [string, number][];
// Node reads the certificates NODE_EXTRA_CA_CERTS names at every start, before any script runs:
// a machine whose environment sets it (a proxy's bundle) adds that to both Node lines.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  startup.push(["dislab -c 'print(1)'  (NODE_EXTRA_CA_CERTS unset)", wall(process.execPath, dislabArgs, env)]);
  startup.push(["node -e ''  (NODE_EXTRA_CA_CERTS unset)", wall(process.execPath, ["-e", ""], env)]);
}
console.log("start-up of a one-line program (fresh process, best of 5):");
for (const [label, s] of startup) console.log(`  ${label.padEnd(60)}${fmt(s)}`);
if (rows.some((r) => !r.agree)) process.exitCode = 1;
