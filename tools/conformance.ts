// The conformance harness: every program of test/programs/ under the oracle (CPython 3.10.2) and
// under dislab's runProgram, compared byte for byte (stdout, stderr, exit status). dislab runs in a
// worker thread so that a hang is cut off; until src/vm/index.ts exports runProgram, dislab scores 0.
//   npm run conformance [-- FILTER...]        N/M identical, first differing line of each failure
//   npm run conformance -- --show FILTER      the oracle's output for matching programs
//   npm run conformance -- --cross-check      the oracle vs a local 64-bit CPython 3.10 (vets programs)
//   npm run conformance -- --update-passing   rewrite test/programs/PASSING from this run (the ratchet)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { localCPython310 } from "../test/marshal/local-cpython.ts";
import { projectRoot } from "../test/oracle/oracle.ts";
import { FS_ROOT, helperFiles, listPrograms, ProgramOracle, projectFilePath, type OracleRun, type ProgramSpec, type RunResult } from "../test/oracle/runner.ts";
import type { HostFS } from "../src/vm/host-fs.ts";
import { MemoryFS } from "../src/vm/memory-fs.ts";

/**
 * The ratchet: programs dislab already runs identically. The test suite fails if one of them stops
 * matching; the others are reported as todo until they match and are added (--update-passing).
 */
export const PASSING_FILE = join(projectRoot, "test", "programs", "PASSING");

export function readPassing(): Set<string> {
  if (!existsSync(PASSING_FILE)) return new Set();
  return new Set(readFileSync(PASSING_FILE, "utf8").split("\n").filter((l) => l.trim() !== ""));
}

/** Limits passed to runProgram so that a runaway program ends with a Python error. */
export const LIMITS = { maxSteps: 200_000_000, timeout: 20_000 };
/** After this long without an answer the worker is killed and the program counts as hung. */
const WATCHDOG_MS = LIMITS.timeout + 10_000;

type RunProgram = (source: string | Uint8Array, options: {
  filename: string; argv?: string[]; stdin?: string; maxSteps?: number; timeout?: number; readFile?: (path: string) => Uint8Array | null; path?: string[];
  fs?: HostFS; flags?: { dontWriteBytecode?: boolean };
}) => RunResult;

/** dislab's runProgram, or why there is none yet. */
export async function loadRunProgram(): Promise<{ runProgram: RunProgram } | { unavailable: string }> {
  // DISLAB_VM_ENTRY points the harness at another module (to test the harness itself).
  const entry = process.env.DISLAB_VM_ENTRY ?? join(projectRoot, "src", "vm", "index.ts");
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes(entry)) return { unavailable: "src/vm/index.ts does not exist yet" };
    return { unavailable: `src/vm/index.ts failed to load: ${err.message ?? String(e)}` };
  }
  if (typeof mod.runProgram !== "function") return { unavailable: "src/vm/index.ts does not export runProgram yet" };
  // DISLAB_JIT_HOT=1 compiles every code object that runs (the compiled tier's widest test)
  if (process.env.DISLAB_JIT_HOT) (await import(pathToFileURL(join(projectRoot, "src", "vm", "jit", "tier.ts")).href)).compileAfter(Number(process.env.DISLAB_JIT_HOT));
  return { runProgram: mod.runProgram as RunProgram };
}

/**
 * Runs one program with dislab. `argv` is sys.argv in full (argv[0] is the file name), `filename`
 * the path relative to the project root, which is the process's cwd as it is `python3.10`'s.
 */
export function runWithDislab(runProgram: RunProgram, spec: ProgramSpec, limits: { maxSteps: number; timeout: number } = LIMITS): RunResult {
  const source = readFileSync(join(projectRoot, spec.path));
  return runProgram(new Uint8Array(source), {
    filename: spec.path, argv: [spec.path, ...spec.args], stdin: spec.stdin, readFile: readProjectFile, path: [STDLIB], fs: programFS(spec), ...limits,
    // Pyodide starts its CPython with bytecode writing off, as -B does (sys.flags.dont_write_bytecode 1)
    flags: { dontWriteBytecode: true },
  });
}


/**
 * The file system a program sees, as the oracle's: an in-memory tree (Emscripten's MEMFS there)
 * holding the program and its helper files under /dislab, which is the cwd, and an empty /tmp.
 * What a program writes stays in memory and is gone after the run.
 */
export function programFS(spec: ProgramSpec): MemoryFS {
  const fs = new MemoryFS({ cwd: FS_ROOT });
  fs.makeDirs("/tmp");
  for (const f of [spec.path, ...helperFiles(spec.path)]) fs.writeFile(`${FS_ROOT}/${f}`, new Uint8Array(readFileSync(join(projectRoot, f))));
  return fs;
}

/** CPython's standard library as the build compiles it (tools/build-stdlib.ts). */
const STDLIB = join(projectRoot, "dist", "stdlib");

/** A file the program imports (test/oracle/runner.ts projectFilePath). */
function readProjectFile(path: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(projectFilePath(path)));
  } catch {
    return null;
  }
}

export type DislabOutcome = { ok: true; result: RunResult } | { ok: false; error: string };

/** dislab in a worker thread: one program at a time, killed and restarted if it stops answering. */
export class DislabWorker {
  private worker: Worker | null = null;
  private constructor(readonly unavailable: string | null) {}

  static async start(): Promise<DislabWorker> {
    const found = await loadRunProgram();
    return new DislabWorker("unavailable" in found ? found.unavailable : null);
  }

  private spawn(): Worker {
    // A worker does not inherit the parent's `--import tsx`: it registers tsx before loading this file.
    const boot = `import("tsx/esm/api").then((t) => { t.register(); return import(require("node:worker_threads").workerData.url); })`;
    this.worker ??= new Worker(boot, { eval: true, workerData: { role: "dislab", url: import.meta.url } });
    return this.worker;
  }

  run(spec: ProgramSpec): Promise<DislabOutcome> {
    if (this.unavailable) return Promise.resolve({ ok: false, error: this.unavailable });
    const worker = this.spawn();
    return new Promise((resolve) => {
      const done = (outcome: DislabOutcome) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        resolve(outcome);
      };
      const onMessage = (m: DislabOutcome) => done(m);
      const onError = (e: Error) => {
        this.worker = null;
        done({ ok: false, error: `worker crashed: ${e.message}` });
      };
      const timer = setTimeout(() => {
        void worker.terminate();
        this.worker = null;
        done({ ok: false, error: `no answer after ${WATCHDOG_MS / 1000} s (runProgram ignored its timeout)` });
      }, WATCHDOG_MS);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.postMessage(spec);
    });
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === "dislab") {
  const found = await loadRunProgram();
  parentPort!.on("message", (spec: ProgramSpec) => {
    let outcome: DislabOutcome;
    if ("unavailable" in found) outcome = { ok: false, error: found.unavailable };
    else {
      try {
        outcome = { ok: true, result: runWithDislab(found.runProgram, spec) };
      } catch (e) {
        const where = String((e as Error)?.stack ?? "").split("\n").find((l) => l.trimStart().startsWith("at ")) ?? "";
        outcome = { ok: false, error: `runProgram threw a JavaScript exception: ${String(e)} ${where.trim()}` };
      }
    }
    parentPort!.postMessage(outcome);
  });
}

const show = (s: string | undefined) => (s === undefined ? "(no line)" : JSON.stringify(s));

/** The first difference between CPython's run and another, as one line; null when identical. */
export function firstDifference(expected: RunResult, actual: RunResult): string | null {
  for (const stream of ["stdout", "stderr"] as const) {
    if (expected[stream] === actual[stream]) continue;
    const e = expected[stream].split("\n");
    const a = actual[stream].split("\n");
    let i = 0;
    while (i < e.length && i < a.length && e[i] === a[i]) i++;
    return `${stream} line ${i + 1}: expected ${show(e[i])}, got ${show(a[i])}`;
  }
  if (expected.exitCode !== actual.exitCode) return `exit status: expected ${expected.exitCode}, got ${actual.exitCode}`;
  return null;
}

/** Problems with a program itself under the oracle: not deterministic, or not the declared exit. */
export function oracleProblems(spec: ProgramSpec, run: ReturnType<ProgramOracle["run"]>): string | null {
  if (!run.deterministic) return `not deterministic: ${firstDifference(run, run.second!)}`;
  if (run.exitCode !== spec.exit) return `exits with ${run.exitCode}, header says ${spec.exit}: ${run.stderr.trim().split("\n").pop()}`;
  return null;
}

/** The programs' answers from the oracle, loading Pyodide only if some are not cached. */
export async function oracleAnswers(specs: ProgramSpec[]) {
  const oracle = new ProgramOracle();
  const answers = [];
  // One interpreter per area (test/programs/AREA/): see ProgramOracle.fresh.
  let area = "";
  for (const spec of specs) {
    const specArea = spec.path.split("/").slice(0, -1).join("/");
    if (!oracle.isCached(spec) && specArea !== area) {
      await oracle.fresh();
      area = specArea;
    }
    answers.push({ spec, run: await runSurvivingCrash(oracle, spec) });
  }
  return answers;
}

/**
 * The oracle's answer for a program; if Pyodide 0.22.1 itself fails fatally ("table index is out
 * of bounds": a state earlier programs of the area left, which depends on which ran before, see
 * ProgramOracle.fresh), the program again in a new interpreter, where it runs as on its own.
 */
async function runSurvivingCrash(oracle: ProgramOracle, spec: ProgramSpec): Promise<OracleRun> {
  try {
    return oracle.run(spec);
  } catch (e) {
    if ((e as { pyodide_fatal_error?: boolean } | null)?.pyodide_fatal_error !== true) throw e;
    await oracle.fresh();
    return oracle.run(spec);
  }
}

/**
 * `python3.10 FILE ARGS` in the project root, absolute paths made relative as the oracle's are; null
 * when it does not finish in 30 s (the oracle, being in-process, could not be stopped on such a program).
 */
function runLocal(exe: string, spec: ProgramSpec): RunResult | null {
  const r = spawnSync(exe, [spec.path, ...spec.args], { cwd: projectRoot, input: spec.stdin, env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8:strict" }, maxBuffer: 1 << 28, timeout: 30_000 });
  if (r.status === null) return null;
  const rel = (b: Buffer) => b.toString("utf8").split(projectRoot + "/").join("");
  return { stdout: rel(r.stdout), stderr: rel(r.stderr), exitCode: r.status };
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const filters = argv.filter((a) => !a.startsWith("--"));
  let specs = listPrograms().filter((s) => filters.length === 0 || filters.some((f) => s.path.includes(f)));

  // --cross-check runs the local CPython first, so that a program that never ends is reported
  // instead of hanging the oracle.
  const local = new Map<string, RunResult>();
  const exe = flags.has("--cross-check") ? localCPython310() : null;
  if (flags.has("--cross-check")) {
    if (!exe) {
      console.log("no local 64-bit CPython 3.10 (python3.10, DISLAB_CPYTHON310 or ~/.pyenv/versions/3.10*)");
      return 1;
    }
    for (const spec of specs) {
      const r = runLocal(exe, spec);
      if (r) local.set(spec.path, r);
      else console.log(`LOCAL ${spec.path}: did not finish in 30 s; not run under the oracle`);
    }
    specs = specs.filter((s) => local.has(s.path));
  }
  const answers = await oracleAnswers(specs);

  if (flags.has("--show")) {
    for (const { spec, run } of answers) {
      console.log(`==== ${spec.path}  (exit ${run.exitCode})\n${run.stdout}---- stderr\n${run.stderr}`);
    }
    return 0;
  }

  let bad = 0;
  for (const { spec, run } of answers) {
    const problem = oracleProblems(spec, run);
    if (problem) {
      bad++;
      console.log(`ORACLE ${spec.path}: ${problem}`);
    }
  }

  if (exe) {
    let same = 0;
    for (const { spec, run } of answers) {
      const d = firstDifference(run, local.get(spec.path)!);
      if (d) console.log(`LOCAL ${spec.path}: ${d}`);
      else same++;
    }
    console.log(`${same}/${answers.length} identical between the oracle and ${exe} (64-bit)`);
    return bad ? 1 : 0;
  }

  const dislab = await DislabWorker.start();
  const passing = readPassing();
  const identical: string[] = [];
  let regressions = 0;
  try {
    for (const { spec, run } of answers) {
      const outcome = await dislab.run(spec);
      const d = outcome.ok ? firstDifference(run, outcome.result) : outcome.error;
      if (d === null) identical.push(spec.path);
      else if (!dislab.unavailable) {
        const regressed = passing.has(spec.path);
        if (regressed) regressions++;
        console.log(`${regressed ? "REGRESSION " : ""}${spec.path}: ${d}`);
      }
    }
  } finally {
    await dislab.stop();
  }
  if (dislab.unavailable) console.log(`dislab: ${dislab.unavailable}`);
  if (bad) console.log(`${bad} program(s) misbehave under the oracle (see ORACLE lines)`);
  if (regressions) console.log(`${regressions} program(s) listed in test/programs/PASSING no longer match (REGRESSION lines)`);
  if (flags.has("--update-passing")) {
    if (filters.length) throw new Error("--update-passing needs the whole corpus: give no filter");
    writeFileSync(PASSING_FILE, identical.sort().map((p) => p + "\n").join(""));
    console.log(`test/programs/PASSING: ${identical.length} programs`);
  }
  console.log(`${identical.length}/${answers.length} identical`);
  return bad || regressions ? 1 : 0;
}

if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
