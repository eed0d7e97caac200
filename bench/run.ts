// `npm run bench`: the programs of bench/programs/ under dislab's VM, native CPython and CPython
// in Pyodide, in one run. Each side compiles and runs the program inside an already started
// runtime (dislab: runProgram on the built dist/, in a fresh Node process per program unless
// --one-process; native CPython: a fresh process per program; CPython in Pyodide: one instance for
// all), timed from inside, best of --rounds; the outputs must agree. Then start-up: a one-line
// program run as a fresh process. Times are printed with ratios, never asserted.
//
//   npm run bench [-- --rounds N] [--one-process] [FILTER...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "../test/oracle/oracle.ts";
import { loadDist, timeRounds, type Timed } from "./dislab-side.ts";

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1])) : 1;
const ONE_PROCESS = argv.includes("--one-process");
const filters = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--rounds");

const dir = join(projectRoot, "bench", "programs");
const programs = readdirSync(dir).filter((f) => f.endsWith(".py") && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();

if (!existsSync(join(projectRoot, "dist", "index.js"))) throw new Error("run `npm run build` first: the benchmark measures the built dist/");
const runProgram = ONE_PROCESS ? await loadDist() : null;

/** The V8 flags `dislab` runs with: those of bin/dislab.js's shebang line. */
const CLI_FLAGS = /^#!.*\bnode((?: --[\w-]+=\S+)*)/.exec(readFileSync(join(projectRoot, "bin", "dislab.js"), "utf8"))?.[1]?.trim().split(" ") ?? [];

/** dislab's side of one program: in this process, or in a fresh one (bench/dislab-side.ts). */
function dislabSide(path: string): Timed {
  if (runProgram) return timeRounds(runProgram, path, ROUNDS);
  const side = join(projectRoot, "bench", "dislab-side.ts");
  const run = spawnSync(process.execPath, [...CLI_FLAGS, "--import", "tsx", side, path, String(ROUNDS)], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`dislab side of ${path} failed: ${run.stderr}`);
  return splitTimed(run.stdout);
}

/** CPython's side: compile and exec the program ROUNDS times, printing its output once, then the first round's time and the best. */
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

  const dislab = dislabSide(path);

  let nativeTimed: Timed | null = null;
  let nativeErr = "";
  if (native) {
    const run = spawnSync(native.exe, ["-c", pythonHarness(path)], { encoding: "utf8", maxBuffer: 1 << 26 });
    nativeTimed = splitTimed(run.stdout);
    nativeErr = run.stderr;
  }

  let captured = "";
  pyodide.setStdout({ batched: (s) => void (captured += s + "\n") });
  pyodide.FS.writeFile(`/tmp/${name}`, source);
  pyodide.runPython(pythonHarness(`/tmp/${name}`));
  const inPyodide = splitTimed(captured);

  const agree = dislab.output === inPyodide.output && (nativeTimed === null || nativeTimed.output + nativeErr === dislab.output);
  rows.push({ name, dislab, native: nativeTimed, pyodide: inPyodide, agree });
}

const fmt = (s: number) => `${s.toFixed(3)} s`.padStart(10);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(8);
const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
console.log(`dislab ${ONE_PROCESS ? "(all programs in one process) " : ""}vs ${native ? `CPython ${native.version} (${native.exe})` : "no native CPython"} and CPython 3.10.2 in Pyodide ${pyodide.version}`);

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
