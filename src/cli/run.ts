// `dislab run [options] FILE [ARGS...]`, `dislab -c CODE [ARGS...]` and `dislab -` (stdin): run a
// program as `python3.10 FILE ARGS` runs it: sys.argv, __name__ == '__main__', imports next to the
// file, the exit status (SystemExit included) and uncaught tracebacks on stderr. Output reaches the
// terminal as it is produced and input() reads the real stdin line by line (src/cli/stdio.ts).
// `import` finds CPython's standard library in dist/stdlib after the program's own folder.
// --timeout and --max-steps stop a runaway program with KeyboardInterrupt (exit status 1); -i
// enters the REPL once the program ends, as `python3.10 -i` does.
import { existsSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { NodeFS } from "./node-fs.ts";
import { fileURLToPath } from "node:url";
import { createSession, type Session, type SessionResult } from "../vm/session.ts";
import { setHashKey, setHashSeed } from "../support/hash.ts";
import type { SysFlags } from "../builtins/sys-info.ts";
import { FatalError, UsageError } from "./args.ts";
import { readInput } from "./io.ts";
import { Stdio } from "./stdio.ts";
import { TerminalKeys } from "./terminal.ts";

const USAGE = "usage: dislab run [-h] [-i] [--timeout SECONDS] [--max-steps N] [--no-jit] file [arg ...]";
/** The options `dislab run` and `dislab` share, as their help lists them. */
export const OPTIONS_HELP = `  --timeout SECONDS  stop the program with KeyboardInterrupt after SECONDS (a decimal number)
  --max-steps N      stop the program with KeyboardInterrupt after N bytecode instructions
  --no-jit           interpret all bytecode (hot code is otherwise compiled to JavaScript)
  -u                 unbuffered stdout: each write reaches a pipe or file at once
  -W ARG             warning control, as python3.10 -W (sys.warnoptions)
  -X OPT[=VALUE]     sys._xoptions (-X dev: development mode's warnings; -X importtime: time each import)
  -O, -OO            drop asserts and __debug__ blocks (and docstrings), as python3.10 -O/-OO
  -b, -bb            BytesWarning on str() of bytes and on comparing bytes with str (-bb: an error)
  -R                 a random str/bytes hash key (PYTHONHASHSEED=N gives seed N's; without either, seed 0's)
  -x                 skip the script's first line (the next one is still line 2)
  -B -d -s -S -E -I  as python3.10's (sys.flags; -I also leaves the program's directory off sys.path)
  --check-hash-based-pycs default|always|never
                     when imports check a hash-based .pyc against its source
`;

export const HELP = `${USAGE}

Run a Python 3.10 program on dislab's VM, as python3.10 FILE ARGS does.

positional arguments:
  file               the program ("-" for stdin)
  arg                the program's arguments (sys.argv[1:])

options:
  -h, --help         show this help message and exit
  -i                 inspect interactively after running the program (a REPL in its __main__)
${OPTIONS_HELP}`;

/** What `python3.10`'s own options become: limits for each run, -i, -u and what sys.flags shows. */
export interface RunFlags {
  /** Milliseconds; 0 for none. */
  timeout: number;
  maxSteps: number;
  inspect: boolean;
  /** -q: no banner in the REPL. */
  quiet: boolean;
  /** false with --no-jit: everything interpreted (SessionOptions.jit). */
  jit: boolean;
  /** -u: stdout written through at each write, even to a pipe. */
  unbuffered: boolean;
  /** -s, -S, -E, -I, -W and -X: sys.flags, sys.warnoptions, sys._xoptions (SysFlags). */
  sys: SysFlags & { warnoptions: string[]; xoptions: string[] };
  /** -R: a random str/bytes hash key, whatever PYTHONHASHSEED says. */
  randomHash: boolean;
  /** -x: the script's first line is skipped (its line break kept, so line numbers stay). */
  skipFirstLine: boolean;
  /** --check-hash-based-pycs: _imp.check_hash_based_pycs. */
  checkHashBasedPycs: "default" | "always" | "never";
}

export const defaultFlags = (): RunFlags => ({
  timeout: 0, maxSteps: 0, inspect: false, quiet: false, jit: true, unbuffered: false, sys: { warnoptions: [], xoptions: [] },
  randomHash: false, skipFirstLine: false, checkHashBasedPycs: "default",
});

/** python3.10's one-letter options dislab takes (grouped as in `-uB`; -W and -X take a value, attached or next). */
const LETTER_FLAGS: Partial<Record<string, (f: RunFlags) => void>> = {
  i: (f) => void (f.inspect = true),
  q: (f) => void (f.quiet = true),
  u: (f) => void (f.unbuffered = true),
  B: (f) => void (f.sys.dontWriteBytecode = true),
  O: (f) => void (f.sys.optimize = Math.min(2, (f.sys.optimize ?? 0) + 1)),
  s: (f) => void (f.sys.noUserSite = true),
  S: (f) => void (f.sys.noSite = true),
  E: (f) => void (f.sys.ignoreEnvironment = true),
  I: (f) => void (f.sys.isolated = true),
  b: (f) => void (f.sys.bytesWarning = Math.min(2, (f.sys.bytesWarning ?? 0) + 1)),
  d: (f) => void (f.sys.debug = true),
  R: (f) => void (f.randomHash = true),
  x: (f) => void (f.skipFirstLine = true),
};

/** CPython's standard library, compiled into dist/stdlib by the build (tools/build-stdlib.ts). */
function stdlibDir(): string {
  // dist/cli/run.js finds dist/stdlib beside it; src/cli/run.ts (run from source) looks in dist/.
  for (const rel of ["../stdlib", "../../dist/stdlib"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return fileURLToPath(new URL("../stdlib", import.meta.url));
}

/**
 * Reads one of the options `dislab`, `dislab run` and `dislab -c` share, at argv[i]; returns how many
 * arguments it took (0: not one of them).
 */
export function readFlag(argv: string[], i: number, flags: RunFlags, usage: string, prog: string): number {
  const arg = argv[i]!;
  if (/^-[a-zA-Z]/.test(arg)) return readLetters(argv, i, flags, usage, prog);
  if (arg === "--no-jit") return (flags.jit = false), 1;
  if (arg === "--check-hash-based-pycs") {
    const mode = argv[i + 1];
    if (mode === undefined) throw new UsageError(usage, prog, "Argument expected for the --check-hash-based-pycs options");
    if (mode !== "default" && mode !== "always" && mode !== "never") throw new UsageError(usage, prog, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
    flags.checkHashBasedPycs = mode;
    return 2;
  }
  const eq = arg.indexOf("=");
  const name = eq >= 0 ? arg.slice(0, eq) : arg;
  if (name !== "--timeout" && name !== "--max-steps") return 0;
  const raw = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
  const used = eq >= 0 ? 1 : 2;
  if (name === "--timeout") {
    if (raw === undefined || !/^(\d+\.?\d*|\.\d+)$/.test(raw)) throw new UsageError(usage, prog, `argument --timeout: invalid float value: '${raw ?? ""}'`);
    flags.timeout = Math.max(1, Math.round(Number(raw) * 1000));
  } else {
    if (raw === undefined || !/^\d+$/.test(raw)) throw new UsageError(usage, prog, `argument --max-steps: invalid int value: '${raw ?? ""}'`);
    flags.maxSteps = Number(raw);
  }
  return used;
}

/**
 * A group of one-letter options at argv[i] (-i, -uB, -Wignore, -W ignore, -Xdev); 0 when it holds
 * another letter. A group ending in -c or -m (`-ic CODE`, `-um MOD`) takes its flags and leaves
 * argv[i] as that option with what follows it (`-c`, `-mMOD`) for the caller, and answers 0.
 */
function readLetters(argv: string[], i: number, flags: RunFlags, usage: string, prog: string): number {
  const arg = argv[i]!;
  for (let j = 1; j < arg.length; j++) {
    const letter = arg[j]!;
    if ((letter === "c" || letter === "m") && j > 1) {
      argv[i] = "-" + arg.slice(j);
      return 0;
    }
    if (letter === "W" || letter === "X") {
      const value = j + 1 < arg.length ? arg.slice(j + 1) : argv[i + 1];
      if (value === undefined) throw new UsageError(usage, prog, `Argument expected for the -${letter} option`);
      (letter === "W" ? flags.sys.warnoptions : flags.sys.xoptions).push(value);
      return j + 1 < arg.length ? 1 : 2;
    }
    const set = LETTER_FLAGS[letter];
    if (set === undefined) return 0;
    set(flags);
  }
  return 1;
}

/** A PYTHON* variable python3.10 reads at start: unless -E or -I, and (as CPython's config) not when empty. */
function fromEnvironment(flags: RunFlags, name: string): string | undefined {
  const value = flags.sys.ignoreEnvironment || flags.sys.isolated ? undefined : process.env[name];
  return value === "" ? undefined : value;
}

/**
 * sys.path after its first entry: PYTHONPATH's entries (unless -E or -I), then the standard library,
 * as CPython's path configuration orders them. Without -S, site's removeduppaths then makes each
 * absolute and normalised (an empty entry is the current directory) and drops repeats; with -S they
 * stay as written.
 */
function searchPath(flags: RunFlags): string[] {
  const env = fromEnvironment(flags, "PYTHONPATH");
  const entries = [...(env ? env.split(":") : []), stdlibDir()];
  if (flags.sys.noSite) return entries;
  return [...new Set(entries.map((e) => resolve(e)))];
}

/** A session wired to the process's streams; `tick` lets pending pipe output out while code runs. */
export function processSession(argv: string[], path0: string, flags: RunFlags, interactive: boolean): { session: Session; stdio: Stdio } {
  useHashSeed(flags);
  const stdio = new Stdio();
  stdio.stdout.writeThrough = flags.unbuffered;
  const session = createSession({
    argv,
    path0,
    path: searchPath(flags),
    onStdout: (t) => stdio.stdout.write(t),
    onStderr: (t) => stdio.stderr.write(t),
    readLine: () => stdio.stdin.readLine(),
    readStdin: () => stdio.stdin.readAll(),
    onTick: (t) => stdio.tick(t),
    // (imports and tracebacks read files through the granted file system: no readFile besides)
    fs: new NodeFS(),
    env: process.env as Record<string, string>,
    maxSteps: flags.maxSteps,
    timeout: flags.timeout,
    jit: flags.jit,
    interactive,
    flags: { ...flags.sys, inspect: flags.inspect, quiet: flags.quiet, checkHashBasedPycs: flags.checkHashBasedPycs, dontWriteBytecode: flags.sys.dontWriteBytecode || fromEnvironment(flags, "PYTHONDONTWRITEBYTECODE") !== undefined },
    isatty: (fd) => (fd === 0 ? stdio.stdin : fd === 1 ? stdio.stdout : stdio.stderr).tty,
  });
  return { session, stdio };
}

/**
 * The str and bytes hash key, as config_init_hash_seed chooses it: -R draws a random one;
 * otherwise PYTHONHASHSEED (unless -E or -I), "random" or a seed; without either, dislab keeps seed
 * 0's key (CPython's would be random: dislab's sets and dicts of strings print in one order).
 */
function useHashSeed(flags: RunFlags): void {
  const seed = fromEnvironment(flags, "PYTHONHASHSEED");
  if (flags.randomHash || seed === "random") {
    const key = crypto.getRandomValues(new BigUint64Array(2));
    setHashKey(key[0]!, key[1]!);
  } else if (seed !== undefined && seed !== "") {
    if (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff) {
      throw new FatalError('Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n');
    }
    setHashSeed(Number(seed));
  }
}

/**
 * Runs a program in a fresh session; with -i, the REPL follows (whatever the program raised, as
 * python -i does) unless it called sys.exit. `setFile`: a script file sets __file__ (-c and stdin do not).
 */
export function execute(source: Uint8Array | string, filename: string, argv: string[], flags: RunFlags, setFile: boolean): Promise<number> {
  const path0 = setFile ? scriptDir(filename) : "";
  return runInSession(argv, path0, flags, (session) => session.run(source, { mode: "exec", filename, setFile, inspect: flags.inspect }));
}

/** The program in a fresh session (`start` runs it) with Ctrl-C handling, then -i's REPL; the exit status. */
async function runInSession(argv: string[], path0: string, flags: RunFlags, start: (session: Session) => SessionResult): Promise<number> {
  const { session, stdio } = processSession(argv, path0, flags, flags.inspect);
  // On a terminal, Ctrl-C raises KeyboardInterrupt in the program (src/cli/terminal.ts) and an
  // uncaught one ends it with status 130, as CPython's does (it re-raises SIGINT).
  const keys = stdio.stdin.tty ? new TerminalKeys(() => ((interrupted = true), session.interrupt()), () => ((interrupted = true), session.keyboardInterrupt())) : null;
  let interrupted = false;
  let result;
  try {
    if (keys) {
      keys.start();
      stdio.onTick = (t) => keys.poll(t);
      stdio.stdin.lineSource = () => keys.readLine();
    }
    result = start(session);
    // with -i, the REPL finalizes when it ends; a standard stream that cannot be flushed then gives 120
    if (!flags.inspect && !session.finalize()) result = { ...result, exitCode: 120 };
  } finally {
    if (keys) {
      stdio.onTick = null;
      stdio.stdin.lineSource = null;
      keys.stop();
    }
    stdio.flush();
  }
  if (interrupted && result.error === "KeyboardInterrupt" && !flags.inspect) return 130;
  if (!flags.inspect) return result.exitCode;
  const { interact } = await import("./repl.ts");
  return interact(session, stdio, { banner: false });
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}

/**
 * A script's name as CPython 3.10 runs it (__file__, co_filename, tracebacks, warnings): absolute,
 * the current directory joined to it as given (`a/../b.py` stays so); sys.argv[0] keeps the name given.
 */
function scriptName(given: string): string {
  return given.startsWith("/") ? given : `${process.cwd().replace(/\/$/, "")}/${given}`;
}

/** sys.path[0] for a script: the directory of its real path (symbolic links resolved), as CPython's. */
function scriptDir(filename: string): string {
  try {
    return dirname(realpathSync(filename));
  } catch {
    return dirname(filename);
  }
}

/** `dislab run [options] FILE ARGS`: options come before the file; the rest belongs to the program. */
export async function run(argv: string[], _out: (s: string) => void, _err: (s: string) => void, _columns?: number, inherited?: RunFlags): Promise<number> {
  const flags = inherited ?? defaultFlags();
  let i = 0;
  while (i < argv.length && argv[i] !== "-" && argv[i]!.startsWith("-")) {
    const used = readFlag(argv, i, flags, USAGE, "dislab run");
    if (used === 0) throw new UsageError(USAGE, "dislab run", `unrecognized arguments: ${argv[i]}`);
    i += used;
  }
  const rest = argv.slice(i);
  if (rest.length === 0) throw new UsageError(USAGE, "dislab run", "the following arguments are required: file");
  if (rest[0] === "-") return runStdin(rest.slice(1), flags);
  if (isDirectory(rest[0]!)) return runMainOf(rest[0]!, rest.slice(1), flags);
  const input = readInput(rest[0], USAGE, "dislab run", "file");
  if (isZipArchive(input.bytes)) return runMainOf(rest[0]!, rest.slice(1), flags);
  const source = flags.skipFirstLine ? withoutFirstLine(input.bytes) : input.bytes;
  return execute(source, scriptName(input.name), [input.name, ...rest.slice(1)], flags, true);
}

/**
 * `python3.10 DIR` or `python3.10 ARCHIVE.zip` (a zipapp): the path (made absolute) becomes
 * sys.path[0], sys.argv[0] stays as given, and its __main__ module runs as __main__ (runpy).
 */
function runMainOf(path: string, args: string[], flags: RunFlags): Promise<number> {
  return runInSession([path, ...args], scriptName(path), flags, (session) => session.runModule("__main__", { inspect: flags.inspect, alterArgv: false }));
}

/** -x: the text before the first line break goes; the break stays, so the next line is still line 2. */
function withoutFirstLine(bytes: Uint8Array): Uint8Array {
  const nl = bytes.indexOf(0x0a);
  return nl < 0 ? new Uint8Array(0) : bytes.subarray(nl);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A zip archive has its end-of-central-directory record ("PK\5\6") within its last 64 KB + 22 bytes. */
function isZipArchive(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return true;
  }
  return false;
}

/** `dislab -c CODE ARGS...`: sys.argv is ['-c', ARGS...], the filename "<string>", no __file__. */
export function runCommand(code: string, args: string[], flags: RunFlags = defaultFlags()): Promise<number> {
  return execute(code, "<string>", ["-c", ...args], flags, false);
}

/**
 * `dislab -m MODULE ARGS...`: the module found on sys.path runs as __main__ (runpy), as python3.10 -m
 * does: sys.argv[0] is "-m" until runpy sets it to the module's file, sys.path[0] the current directory.
 */
export function runModule(name: string, args: string[], flags: RunFlags = defaultFlags()): Promise<number> {
  return runInSession(["-m", ...args], process.cwd(), flags, (session) => session.runModule(name, { inspect: flags.inspect }));
}

/** `dislab -` or a piped stdin: the program is stdin, its name "<stdin>", sys.argv[0] "-" (or ""). */
export function runStdin(args: string[], flags: RunFlags = defaultFlags(), argv0 = "-"): Promise<number> {
  const source = new Stdio().stdin.readAll();
  return execute(source, "<stdin>", [argv0, ...args], flags, false);
}
