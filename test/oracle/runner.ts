// Runs whole Python programs in the oracle (Pyodide's CPython 3.10.2) as `python3.10 FILE ARGS`
// would, through runner.py, and caches each answer on disk under .cache/oracle-programs/ (key: the
// program's path and bytes, its args and stdin, the helper modules next to it, and runner.py's text).
// Also the catalogue of test/programs/: which files are programs, and the header comments that give
// a program its arguments, stdin and expected exit status (syntax in test/programs/README.md).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Oracle, loadPyodideFresh, projectRoot } from "./oracle.ts";

const here = dirname(fileURLToPath(import.meta.url));
const runnerSource = readFileSync(join(here, "runner.py"), "utf8");
// Bump when runner.ts changes how a program is run (runner.py's text is in the key already).
const RUNNER_REVISION = "1";
const runnerVersion = createHash("sha256").update(RUNNER_REVISION).update(runnerSource).digest("hex").slice(0, 16);
const cacheDir = join(projectRoot, ".cache", "oracle-programs");
export const programsDir = join(projectRoot, "test", "programs");
/** Where the project root is in the oracle's file system (runner.py's ROOT), the cwd of a run. */
export const FS_ROOT = "/dislab";

/**
 * The host path of a file a program names: relative to the project root (the run's cwd), or under
 * FS_ROOT (3.10's finders make relative sys.path entries absolute), or any other absolute path.
 */
export function projectFilePath(path: string): string {
  if (path.startsWith(`${FS_ROOT}/`)) return join(projectRoot, path.slice(FS_ROOT.length + 1));
  return path.startsWith("/") ? path : join(projectRoot, path);
}

/** What running a program produced: the process's stdout, stderr and exit status (0-255). */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The oracle's answer for a program: it ran twice, and `second` is set only if the runs differed. */
export interface OracleRun extends RunResult {
  deterministic: boolean;
  second?: RunResult;
}

/** A program of test/programs/ (or any .py file under the project) and how to run it. */
export interface ProgramSpec {
  /** Path relative to the project root, with "/" separators: the FILE of `python3.10 FILE ARGS`. */
  path: string;
  args: string[];
  stdin: string;
  /** The exit status the author expects (`# exit: N`, default 0): checks the program, not dislab. */
  exit: number;
}

const posix = (p: string) => p.split(sep).join("/");

/**
 * The header: `# args: ...`, `# stdin: "json string"`, `# stdin-line: text` (repeatable) and
 * `# exit: N` among the comment lines at the top of the file.
 */
export function parseHeader(source: string): Omit<ProgramSpec, "path"> {
  const spec = { args: [] as string[], stdin: "", exit: 0 };
  for (const line of source.split("\n")) {
    if (!line.startsWith("#")) break;
    const m = /^#\s*(args|stdin|stdin-line|exit):\s?(.*)$/.exec(line.trimEnd());
    if (!m) continue;
    const [, key, value] = m;
    if (key === "args") spec.args = value.trimStart().startsWith("[") ? (JSON.parse(value) as string[]) : value.split(/\s+/).filter(Boolean);
    else if (key === "stdin") spec.stdin += JSON.parse(value) as string;
    else if (key === "stdin-line") spec.stdin += value + "\n";
    else spec.exit = Number(value);
  }
  return spec;
}

export function programSpec(path: string): ProgramSpec {
  return { path, ...parseHeader(readFileSync(join(projectRoot, path), "utf8")) };
}

/**
 * Every program: test/programs/<area>/<name>.py. Files whose name starts with "_" and everything in
 * subfolders are helper modules that programs import, not programs.
 */
export function listPrograms(): ProgramSpec[] {
  const out: ProgramSpec[] = [];
  for (const area of readdirSync(programsDir).sort()) {
    const dir = join(programsDir, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".py") && !f.startsWith("_") && statSync(join(dir, f)).isFile()) out.push(programSpec(`test/programs/${area}/${f}`));
    }
  }
  return out;
}

/** The helper files a program can import: every non-program file of its area, recursively. */
export function helperFiles(path: string): string[] {
  const area = dirname(path);
  if (!path.startsWith("test/programs/")) return [];
  const out: string[] = [];
  const walk = (dir: string, top: boolean) => {
    for (const f of readdirSync(dir).sort()) {
      const full = join(dir, f);
      if (f === "__pycache__") continue;
      if (statSync(full).isDirectory()) walk(full, false);
      else if (!top || f.startsWith("_") || !f.endsWith(".py")) out.push(posix(relative(projectRoot, full)));
    }
  };
  walk(join(projectRoot, area), true);
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pyodide = any;

/** Runs programs in the oracle's Pyodide; answers come from the cache when they can. */
export class ProgramOracle {
  private py: Pyodide | undefined;
  private runner: Pyodide | undefined;

  private key(spec: ProgramSpec): string {
    const h = createHash("sha256").update(runnerVersion).update(spec.path).update(JSON.stringify([spec.args, spec.stdin]));
    h.update(readFileSync(join(projectRoot, spec.path)));
    for (const f of helperFiles(spec.path)) h.update("\0" + f + "\0").update(readFileSync(join(projectRoot, f)));
    return h.digest("hex");
  }

  isCached(spec: ProgramSpec): boolean {
    const key = this.key(spec);
    return existsSync(join(cacheDir, key.slice(0, 2), key + ".json"));
  }

  /** Loads Pyodide and runner.py: needed before run() of a program that is not cached. */
  async ready(): Promise<this> {
    if (this.py) return this;
    const oracle = await (await Oracle.get()).ready();
    this.useInterpreter((oracle as unknown as { py: Pyodide }).py);
    return this;
  }

  /**
   * Moves on to a new Pyodide instance. runner.py puts back the state a program changes that it
   * knows of, but some (the codec registry, C-level caches) cannot be reset, and a sequence of
   * programs has crashed Pyodide 0.22.1 itself ("table index is out of bounds" after
   * stdlib/codecs_error_handlers, stdlib/codecs_incremental, strings/encode_decode), so the
   * conformance harness runs each area of programs in an interpreter of its own.
   */
  async fresh(): Promise<this> {
    this.useInterpreter(await loadPyodideFresh());
    return this;
  }

  private useInterpreter(py: Pyodide): void {
    this.py = py;
    const mod = this.py.runPython("import types; types.ModuleType('__runner__')");
    this.py.runPython(runnerSource, { globals: mod.__dict__ });
    this.runner = mod;
  }

  /** The oracle's answer for a program, run twice to check it is deterministic; cached. */
  run(spec: ProgramSpec): OracleRun {
    const key = this.key(spec);
    const file = join(cacheDir, key.slice(0, 2), key + ".json");
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as OracleRun;
    const first = this.runOnce(spec);
    const second = this.runOnce(spec);
    const same = first.stdout === second.stdout && first.stderr === second.stderr && first.exitCode === second.exitCode;
    const answer: OracleRun = same ? { ...first, deterministic: true } : { ...first, deterministic: false, second };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(answer));
    return answer;
  }

  /** One uncached run (the benchmarks time this). */
  runOnce(spec: ProgramSpec): RunResult {
    if (!this.py) throw new Error("program oracle: answer not cached; call `await oracle.ready()` first");
    const py = this.py;
    for (const f of [spec.path, ...helperFiles(spec.path)]) {
      const target = `${FS_ROOT}/${f}`;
      py.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
      py.FS.writeFile(target, readFileSync(join(projectRoot, f)));
    }
    const get = (name: string) => this.runner.__dict__.get(name);
    const [prepare, finish, abandon] = [get("prepare"), get("finish"), get("abandon")];
    try {
      const program = prepare(spec.path, JSON.stringify(spec.args), spec.stdin);
      let threw = false;
      if (program !== undefined) {
        try {
          program();
        } catch (e) {
          if ((e as { constructor?: { name?: string } })?.constructor?.name !== "PythonError") throw e;
          threw = true;
        } finally {
          program.destroy();
        }
      }
      return JSON.parse(finish(threw)) as RunResult;
    } catch (e) {
      abandon();
      throw e;
    } finally {
      for (const f of [prepare, finish, abandon]) f.destroy();
    }
  }
}
