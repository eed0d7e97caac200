// `npm run bench:compile`: compile throughput (source lines per second) on the 494-file stdlib
// corpus, side by side in one run: dislab, CPython 3.10.2's compile() in Pyodide (WebAssembly),
// and native CPython interpreters found on this machine (python3.10, python3). dislab's compiler is
// bundled first, as the `dislab` command is (see below). Each side compiles
// every file `ROUNDS` times after one warm-up round and reports its best round; the ratios are
// dislab's speed over each other's. Timings are printed, never asserted.
//
//   npm run bench:compile [-- --rounds N] [--dislab-only]
//
// --dislab-only times dislab alone, for counting instructions: the difference between
//   valgrind --tool=cachegrind --cache-sim=no node --single-threaded --import tsx tools/bench-compile.ts --dislab-only --rounds N
// for N = 4 and N = 1, divided by 3, is a warm round's count (start-up, bundling and the warm-up
// round cancel out; --single-threaded keeps V8's compiler and collector threads in the count).
// Wall times on a shared host vary by half between runs; instruction counts agree to about 0.5%.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { stdlibCorpus } from "../test/oracle/oracle.ts";

// dislab is timed as it ships. The `dislab` command (dist/cli/dislab.cjs, an esbuild bundle) and
// the library (dist/, tsc's output) both have every `const enum` member written in as its number;
// tsx, which runs this script, transforms one file at a time, so each enum member used in another
// file than its own (T.NAME, Op.LOAD_FAST, MemoRule.expression, ...) stays a property read of an
// enum object. Run that way the compile loop took 24% more instructions a warm round (cachegrind,
// every 8th corpus file: 1,523M against 1,230M for the bundle of the same sources). So the
// compiler is bundled here as tools/bundle-cli.ts bundles the command, and that bundle is timed.
const compile = await (async () => {
  const out = await build({
    entryPoints: [new URL("../src/compiler/index.ts", import.meta.url).pathname],
    bundle: true, format: "esm", platform: "node", write: false, logLevel: "warning",
  });
  const dir = mkdtempSync(join(tmpdir(), "dislab-bench-"));
  const file = join(dir, "compiler.mjs");
  writeFileSync(file, out.outputFiles[0]!.text);
  try {
    return ((await import(pathToFileURL(file).href)) as typeof import("../src/compiler/index.ts")).compile;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

interface Result {
  name: string;
  seconds: number;
}

const argv = process.argv.slice(2);
const roundsAt = argv.indexOf("--rounds");
const ROUNDS = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1])) : 3;
const dislabOnly = argv.includes("--dislab-only");

const { root, files } = await stdlibCorpus();
const sources = files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(root, f))) }));
const lines = sources.reduce((n, s) => n + s.bytes.reduce((k, b) => k + (b === 10 ? 1 : 0), 0), 0);

function best(run: () => void): number {
  run();
  let min = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    run();
    min = Math.min(min, (performance.now() - t0) / 1000);
  }
  return min;
}

const results: Result[] = [];
results.push({
  name: "dislab (Node " + process.versions.node + ")",
  seconds: best(() => {
    for (const s of sources) compile(s.bytes, { filename: s.name, mode: "exec" });
  }),
});

// The same loop in Python, for Pyodide and native interpreters: best of ROUNDS after a warm-up.
const pythonLoop = (libRoot: string) => `
import sys, time
names = ${JSON.stringify(files)}
srcs = [(n, open(${JSON.stringify(libRoot)} + "/" + n, "rb").read()) for n in names]
def one():
    for n, b in srcs:
        compile(b, n, "exec", dont_inherit=True)
one()
t = min((lambda t0: (one(), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(${ROUNDS}))
t
`;

if (!dislabOnly) {
  const require = createRequire(import.meta.url);
  const { loadPyodide } = require("pyodide") as { loadPyodide: () => Promise<{ runPython(code: string): unknown; version: string }> };
  const py = await loadPyodide();
  results.push({ name: `CPython 3.10.2 compile() in Pyodide ${py.version}`, seconds: Number(py.runPython(pythonLoop("/lib/python3.10"))) });
}

for (const exe of dislabOnly ? [] : nativePythons()) {
  const script = pythonLoop(root).replace(/\nt\n$/, "\nprint(t)\nprint(sys.version.split()[0])\n");
  const run = spawnSync(exe, ["-c", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) continue;
  const [seconds, version] = run.stdout.trim().split("\n");
  results.push({ name: `CPython ${version} compile(), native (${exe})`, seconds: Number(seconds) });
}

function nativePythons(): string[] {
  const found: string[] = [];
  for (const name of ["python3.10", "python3"]) {
    const which = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
    const path = which.stdout.trim();
    if (which.status === 0 && path && spawnSync(path, ["-c", "pass"]).status === 0) found.push(path);
  }
  const pyenv = "/root/.pyenv/versions/3.10.13/bin/python3.10";
  if (!found.some((p) => p.endsWith("python3.10")) && existsSync(pyenv)) found.unshift(pyenv);
  return found;
}

const ours = results[0]!.seconds;
console.log(`compile throughput on the stdlib corpus: ${files.length} files, ${lines.toLocaleString("en-US")} lines, best of ${ROUNDS} rounds`);
for (const r of results) {
  const rate = Math.round(lines / r.seconds).toLocaleString("en-US").padStart(12);
  const ratio = r === results[0] ? "" : `   dislab is ${(r.seconds / ours).toFixed(2)}x its speed`;
  console.log(`  ${r.name.padEnd(64)} ${r.seconds.toFixed(3).padStart(8)} s ${rate} lines/s${ratio}`);
}
