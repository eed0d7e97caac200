// `dislab compile FILE... [-o OUT] [-O LEVEL] [--invalidation-mode MODE]`: writes a CPython 3.10
// .pyc as py_compile.compile() does: by default to __pycache__/NAME.cpython-310[.opt-N].pyc
// (importlib.util.cache_from_source), a timestamp pyc unless SOURCE_DATE_EPOCH asks for a checked
// hash, written atomically. A file that does not compile is reported as `python3.10 -m
// py_compile` reports it (the traceback-style SyntaxError text on stderr), which stops the run
// with status 1.
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compile, programTextReader, PyError, sourceHash, writePyc, type CodeObject } from "../index.ts";
import { parseArgs, UsageError } from "./args.ts";
import { pyCompileMessage } from "./errors.ts";
import { osErrorText, readFileOrNull } from "./io.ts";

const USAGE = "usage: dislab compile [-h] [-q] [-o OUT] [-O LEVEL] [--invalidation-mode {timestamp,checked-hash,unchecked-hash}] file [file ...]";
export const HELP = `${USAGE}

Compile Python 3.10 source files to .pyc files that CPython 3.10 loads, as python3.10 -m py_compile does.

positional arguments:
  file                  source files to compile

options:
  -h, --help            show this help message and exit
  -q, --quiet           suppress error output
  -o OUT, --output OUT  the .pyc to write (one file only); default __pycache__/NAME.cpython-310.pyc
  -O LEVEL, --optimize LEVEL
                        0 (default), 1 (drop asserts, __debug__ is False) or 2 (also drop docstrings)
  --invalidation-mode {timestamp,checked-hash,unchecked-hash}
                        how the .pyc is checked against its source; default timestamp, or
                        checked-hash when SOURCE_DATE_EPOCH is set
`;

export type InvalidationMode = "timestamp" | "checked-hash" | "unchecked-hash";

/** importlib.util.cache_from_source for CPython 3.10. */
export function cacheFromSource(path: string, optimize: number): string {
  const base = basename(path);
  const dot = base.lastIndexOf(".");
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const tag = optimize > 0 ? `.opt-${optimize}` : "";
  return join(dirname(path), "__pycache__", `${stem}.cpython-310${tag}.pyc`);
}

export function defaultInvalidationMode(env: NodeJS.ProcessEnv = process.env): InvalidationMode {
  return env.SOURCE_DATE_EPOCH ? "checked-hash" : "timestamp";
}

/** The .pyc bytes for `source` read from `path`, as py_compile writes them. */
export function pycFor(code: CodeObject, source: Uint8Array, mode: InvalidationMode, mtime: number): Uint8Array {
  if (mode === "timestamp") return writePyc(code, { mtime, sourceSize: source.length % 2 ** 32 });
  return writePyc(code, { hash: sourceHash(source), checkSource: mode === "checked-hash" });
}

/** Writes `bytes` to `path` through a temporary file and a rename, as importlib's _write_atomic. */
export function writeAtomic(path: string, bytes: Uint8Array, mode: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}`;
  try {
    writeFileSync(tmp, bytes, { mode: mode & 0o666 });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw e;
  }
}

/** SyntaxError.text for errors found after parsing comes from the file, as in CPython. */
const programText = programTextReader(readFileOrNull);

/** Compiles one file; returns the error text to report, or null on success. */
export function compileFile(path: string, source: Uint8Array, options: { output?: string; optimize: number; mode: InvalidationMode }): string | null {
  let code: CodeObject;
  try {
    code = compile(source, { filename: path, mode: "exec", optimize: options.optimize, programText });
  } catch (e) {
    if (e instanceof PyError) return pyCompileMessage(e, path);
    throw e;
  }
  const stat = statSync(path);
  const out = options.output ?? cacheFromSource(path, options.optimize);
  writeAtomic(out, pycFor(code, source, options.mode, Math.floor(stat.mtimeMs / 1000)), stat.mode);
  return null;
}

export function run(argv: string[], _out: (s: string) => void, err: (s: string) => void): number {
  const { options, positionals } = parseArgs(argv, [
    { names: ["-o", "--output"], value: true },
    { names: ["-O", "--optimize"], value: true, int: true, choices: ["0", "1", "2"] },
    { names: ["--invalidation-mode"], value: true, choices: ["timestamp", "checked-hash", "unchecked-hash"] },
    { names: ["-q", "--quiet"] },
  ], "dislab compile", USAGE);
  if (positionals.length === 0) throw new UsageError(USAGE, "dislab compile", "the following arguments are required: file");
  const output = options.get("output") as string | undefined;
  if (output !== undefined && positionals.length > 1) throw new UsageError(USAGE, "dislab compile", "-o/--output takes one input file");
  const optimize = (options.get("optimize") as number | undefined) ?? 0;
  const mode = (options.get("invalidation-mode") as InvalidationMode | undefined) ?? defaultInvalidationMode();
  // As py_compile's main: the first file that fails ends the run with status 1, its message
  // written as it is (no newline added).
  const quiet = options.get("quiet") === true;
  for (const path of positionals) {
    let problem: string | null;
    try {
      problem = compileFile(path, new Uint8Array(readSourceFile(path)), { output, optimize, mode });
    } catch (e) {
      if (!(e as NodeJS.ErrnoException).code) throw e;
      problem = osErrorText(e, path);
    }
    if (problem !== null) {
      if (!quiet) err(problem);
      return 1;
    }
  }
  return 0;
}

function readSourceFile(path: string): Buffer {
  // py_compile reads through the loader, which refuses directories with IsADirectoryError.
  if (statSync(path).isDirectory()) throw Object.assign(new Error("Is a directory"), { code: "EISDIR" });
  return readFileSync(path);
}
