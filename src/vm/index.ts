// dislab's VM entry: runProgram runs a whole program as `python3.10 FILE ARGS` would (conventions in
// test/programs/README.md): a fresh interpreter (a Session, src/vm/session.ts, which builds sys,
// builtins and __main__), uncaught exceptions printed by sys.excepthook, SystemExit turned into the
// exit status as _Py_HandleSystemExit does, output collected into strings. Source is compiled by
// dislab's compiler unless `options.compile` substitutes another (tests use CPython's code objects).
import type { CompileFn } from "./interp.ts";
import type { HostFS } from "./host-fs.ts";
import type { SysFlags } from "../builtins/sys-info.ts";
import { Session } from "./session.ts";

export { Session, createSession, type SessionOptions, type SessionResult, type RunSourceOptions } from "./session.ts";

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunOptions {
  filename: string;
  argv?: string[];
  stdin?: string;
  maxSteps?: number;
  timeout?: number;
  /** Replaces dislab's compiler (e.g. CPython's code objects in development). */
  compile?: CompileFn;
  /** Lets `import` read modules next to the program (relative paths). */
  readFile?: (path: string) => Uint8Array | null;
  /** Grants open() and os.* access to a file system (none by default). */
  fs?: HostFS;
  /** os.environ (by default a small fixed environment, never the host's). */
  env?: Record<string, string>;
  /** Extra sys.path entries after the program's folder (e.g. a standard library directory). */
  path?: string[];
  /** Compile hot code to JavaScript (SessionOptions.jit; default true). */
  jit?: boolean;
  /** Command-line options as sys.flags shows them (SessionOptions.flags), e.g. -B's dontWriteBytecode. */
  flags?: SysFlags;
}

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}

/** Runs a program; never throws for anything the program does. */
export function runProgram(source: string | Uint8Array, options: RunOptions = { filename: "<string>" }): RunResult {
  let stdout = "";
  let stderr = "";
  const filename = options.filename;
  try {
    const session = new Session({
      argv: options.argv ?? [filename],
      path0: dirname(filename),
      path: options.path,
      stdin: options.stdin ?? "",
      onStdout: (t) => void (stdout += t),
      onStderr: (t) => void (stderr += t),
      maxSteps: options.maxSteps,
      timeout: options.timeout,
      compile: options.compile,
      readFile: options.readFile,
      fs: options.fs,
      env: options.env,
      jit: options.jit,
      flags: options.flags,
    });
    const result = session.run(source, { mode: "exec", filename, setFile: true });
    // Py_RunMain: a standard stream that cannot be flushed at exit makes the status 120
    const flushed = session.finalize();
    return { stdout, stderr, exitCode: flushed ? result.exitCode : 120 };
  } catch (e) {
    // A bug in dislab itself: report it like a crash, not as a JS exception.
    stderr += `dislab internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`;
    return { stdout, stderr, exitCode: 70 };
  }
}
