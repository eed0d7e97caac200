// A persistent interpreter: one place builds sys, builtins and __main__ (runProgram, the REPL, the
// CLI and the web lab all start here), then runs source in it as often as asked, keeping
// __main__'s globals between runs. Output leaves through callbacks as it is produced and stdin
// arrives through a synchronous readLine, so a terminal, a pipe or a web page can drive it.
//
// Interactive input follows codeop (Lib/codeop.py, 3.10.2): `runInteractive` compiles the lines
// typed so far in mode "single"; when that fails, it compiles them again followed by one and by two
// newlines, and the input is incomplete unless both attempts fail with the same error. A complete
// statement runs with PRINT_EXPR echoing expression values through sys.displayhook; an uncaught
// exception is printed by sys.excepthook (PyErr_Print, which also sets sys.last_*) and the session
// goes on; SystemExit ends it with its exit status, as _Py_HandleSystemExit computes it.
import {
  type PyObj, PyModule, PyDict, PyBaseException, PyCell, PyList, Frame, None, vm, wrapCode, toPyExc, call, getattr, str, asInt, SystemExit,
  typeOf, PyFunction, PyGen, setLocalsOf, PyError, newExc, KeyboardInterrupt,
} from "./vm-imports.ts";
import { Interp, setInterp, interp, showCompileWarning, type CompileFn, type Host } from "./interp.ts";
import { callFunction, callFunction1, genNext, resumeGen, runFrame } from "./eval-loop.ts";
import { formatException } from "./traceback.ts";
import { getattrOpt, truthy, pendingSite } from "../objects/index.ts";
import { builtinsFor } from "./call.ts";
import { completions } from "./completion.ts";
import { markMutable } from "../support/v8-shapes.ts";
import { runExitFuncs } from "./exit-funcs.ts";
import { writeUnraisable } from "./gen-finalize.ts";
import { finalizeModules } from "./finalize-modules.ts";
import { type HostFS, readRegularFile } from "./host-fs.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { PyCF_DONT_IMPLY_DEDENT, PyCF_MASK } from "../bytecode/flags.ts";
import { createBuiltins } from "../builtins/index.ts";
import "../builtins/site-builtins.ts";
import { makeSys, defaultExcepthook } from "../builtins/sys.ts";
import { warnoptions, type SysFlags } from "../builtins/sys-info.ts";
import { frameLocals } from "../builtins/functions.ts";
import { registryDecoder } from "../builtins/compile.ts";
import { importModule } from "../builtins/importer.ts";
import { compile, programTextReader } from "../compiler/index.ts";
import { Tokenizer } from "../parser/tokenizer.ts";
import { T } from "../parser/tokens.ts";
import "./frame-clear.ts"; // frame.clear()

vm.callFunction = (f, self, args, kw) => callFunction(f as PyFunction, self, args, kw);
vm.callFunction1 = (f, self, x) => callFunction1(f as PyFunction, self, x);
vm.resume = (g, value, exc) => resumeGen(g as PyGen, value, exc as PyBaseException | null);
vm.genNext = (g) => genNext(g as PyGen);
vm.currentException = () => (interp ? interp.excInfo : null);
vm.importModule = (name) => importModule(name);
vm.bytesWarning = () => interp.bytesWarning;
vm.asyncgenHooks = () => interp.asyncgenHooks;
vm.builtinsFor = builtinsFor;
vm.callerModuleName = () => (interp as unknown as { frame?: { globals: PyDict } | null })?.frame?.globals.getStr("__name__");
setLocalsOf(frameLocals);

export interface SessionOptions {
  /** sys.argv; [""] by default, as in CPython's REPL. */
  argv?: string[];
  /** sys.path[0]: the program's folder, "" for the REPL and -c. */
  path0?: string;
  /** Extra sys.path entries after path0 (e.g. a standard library directory). */
  path?: string[];
  /** Receives sys.stdout's text as the program writes it. */
  onStdout?: (text: string) => void;
  /** Receives sys.stderr's text (tracebacks included) as it is written. */
  onStderr?: (text: string) => void;
  /** One line of stdin with its newline, "" at end of input. Called only when the program reads. */
  readLine?: () => string;
  /** The rest of stdin ("" at end of input); by default readLine until it returns "". */
  readStdin?: () => string;
  /** A fixed stdin text, used when readLine is not given. */
  stdin?: string;
  /** Instruction budget for each run() (0: none); exceeding it raises KeyboardInterrupt. */
  maxSteps?: number;
  /** Milliseconds each run() may take (0: none); exceeding it raises KeyboardInterrupt. */
  timeout?: number;
  /** Replaces dislab's compiler (e.g. CPython's code objects in development). */
  compile?: CompileFn;
  /**
   * Hot code objects run as JavaScript compiled from their bytecode (src/vm/jit), with the same
   * behaviour as the interpreter's; false interprets everything (default true).
   */
  jit?: boolean;
  /**
   * Files for `import` and tracebacks' source lines that `fs` does not have (all of them without
   * one): e.g. a bundled standard library under one of `path`'s entries.
   */
  readFile?: (path: string) => Uint8Array | null;
  /** Grants open() and os.* access to a file system (none by default); imports read modules from it first. */
  fs?: HostFS;
  /** os.environ (by default a small fixed environment, never the host's). */
  env?: Record<string, string>;
  /** sys.flags' command-line options: -i (inspect, interactive) and -q (quiet). */
  flags?: SysFlags;
  /**
   * Which standard streams are terminals: os.isatty(0-2) and sys.std*.isatty() answer with it, and
   * a terminal's stream is line-buffered, as CPython's create_stdio makes it. None are by default.
   */
  isatty?: (fd: 0 | 1 | 2) => boolean;
  /** Sets sys.ps1 and sys.ps2, as an interactive CPython does. */
  interactive?: boolean;
  /** The clock for time limits (Date.now by default). */
  now?: () => number;
  /**
   * Called with the time about every thousand instructions while code runs: a host that must do
   * something meanwhile (let buffered output out, watch for Ctrl-C and call interrupt()) does it here.
   */
  onTick?: (now: number) => void;
}

export interface RunSourceOptions {
  /** "exec" runs a module body; "single" is one interactive statement (expression values echoed). */
  mode?: "exec" | "single";
  /** The code's co_filename: "<stdin>" for interactive input, "<string>" for -c, or the script's path. */
  filename?: string;
  /** Sets __main__.__file__ (and __cached__ = None) to filename, as running a script file does. */
  setFile?: boolean;
  /**
   * python -i: SystemExit does not end the session but is printed like any other exception, so the
   * REPL can follow (CPython's handle_system_exit with the inspect flag set).
   */
  inspect?: boolean;
}

/** "ok": ran to the end; "error": an exception was printed; "exit": SystemExit, exitCode says how. */
export interface SessionResult {
  status: "ok" | "error" | "exit";
  exitCode: number;
  /** For "error": the uncaught exception's type name (e.g. "KeyboardInterrupt"). */
  error?: string;
}

const decoder = new TextDecoder("utf-8", { fatal: false });
/** A deadline nobody reaches (about 300 years). */
const NEVER_MS = 1e13;

function dislabCompile(programText?: (filename: string, lineno: number) => string | null): CompileFn {
  return (src, filename, mode, flags, warn) =>
    compile(src, {
      filename, mode, flags, optimize: interp.optimize, programText, decoder: registryDecoder,
      warn: warn ? (w) => warn(w.category, w.message, w.filename, w.lineno) : undefined,
    });
}

export class Session {
  readonly interp: Interp;
  readonly main: PyModule;
  /** Set once SystemExit ended the session. */
  exitCode: number | null = null;
  /** RunSourceOptions.inspect of the run in progress. */
  private inspect = false;
  /** Future features in force for later interactive input (codeop.Compile remembers them). */
  private futureFlags = 0;
  private readonly maxSteps: number;
  private readonly timeout: number;
  private readonly ticking: boolean;
  private recursionLimit = 1000;

  constructor(options: SessionOptions = {}) {
    const host = makeHost(options);
    const compile = options.compile ?? dislabCompile(host.readFile ? programTextReader(host.readFile) : undefined);
    this.maxSteps = options.maxSteps ?? 0;
    this.timeout = options.timeout ?? 0;
    this.ticking = options.onTick !== undefined;
    const I = new Interp(host, compile, { maxSteps: 0, timeout: 0 });
    I.jit = options.jit ?? true;
    this.interp = I;
    const previous = interp;
    setInterp(I);
    const saved = saveRecursion(I);
    try {
      I.depth = 0;
      I.recursionLimit = 1000;
      const argv = options.argv ?? [""];
      I.modules = new PyDict();
      I.builtinsModule = createBuiltins();
      I.builtins = I.builtinsModule.dict;
      I.optimize = options.flags?.optimize ?? 0;
      I.bytesWarning = options.flags?.bytesWarning ?? 0;
      I.checkHashBasedPycs = options.flags?.checkHashBasedPycs ?? "default";
      if (options.flags?.xoptions?.includes("importtime")) I.importTime = { level: 0, accumulated: 0, headerShown: false };
      if (I.optimize > 0) I.builtins.setStr("__debug__", false);
      // interp->builtins_copy, which finalize_modules restores builtins from (open, which io's
      // start-up adds, and site's names come after)
      this.builtinsCopy = I.builtins.entries().filter((e) => e.key !== "open").map((e) => [e.key, e.value]);
      I.sys = makeSys(argv, options.path0 ?? "", options.flags);
      if (options.path) (I.sys.dict.getStr("path") as PyList).items.push(...options.path);
      I.servedRoots = options.path ?? [];
      if (options.interactive) {
        I.sys.dict.setStr("ps1", ">>> ");
        I.sys.dict.setStr("ps2", "... ");
      }
      I.argv = argv;
      I.modules.setStr("sys", I.sys);
      I.modules.setStr("builtins", I.builtinsModule);
      this.main = new PyModule("__main__");
      const g = this.main.dict;
      g.setStr("__annotations__", new PyDict());
      g.setStr("__builtins__", I.builtinsModule);
      I.modules.setStr("__main__", this.main);
      if (!options.flags?.noSite) pendingSite.add(I.builtins);
      // -W options take effect before the program runs, as CPython's start-up imports warnings then
      if (warnoptions(options.flags).length) this.startWarnings();
    } finally {
      restoreRecursion(saved);
      setInterp(previous);
    }
  }

  /** Imports warnings, whose _processoptions applies sys.warnoptions; what fails is reported as CPython's start-up would. */
  private startWarnings(): void {
    try {
      importModule("warnings");
    } catch (e) {
      writeStderr(this.interp, formatException(toPyExc(e)));
    }
  }

  /** __main__'s namespace. */
  get globals(): PyDict {
    return this.main.dict;
  }

  /** Compiles and runs source in __main__; never throws for anything the program does. */
  run(source: string | Uint8Array, options: RunSourceOptions = {}): SessionResult {
    const mode = options.mode ?? "exec";
    const filename = options.filename ?? (mode === "single" ? "<stdin>" : "<string>");
    this.inspect = options.inspect ?? false;
    return this.enter(() => {
      const I = this.interp;
      if (options.setFile) {
        this.globals.setStr("__file__", filename);
        this.globals.setStr("__cached__", None);
      }
      // Tracebacks show lines of files, never of interactive input (CPython cannot reread <stdin>).
      const text = typeof source === "string" ? source : decoder.decode(source);
      if (mode === "exec" && !filename.startsWith("<")) I.sources.set(filename, text);
      let co: CodeObject;
      try {
        co = this.compileOrThrow(source, filename, mode, mode === "single" ? PyCF_DONT_IMPLY_DEDENT : 0, showCompileWarning);
      } catch (e) {
        return this.uncaught(toPyExc(e));
      }
      return this.execute(co);
    });
  }

  /**
   * Interactive input so far (lines joined by "\n", without the last newline), as code.InteractiveConsole
   * pushes it: "incomplete" when more lines are needed, else the result of running it (a SyntaxError is
   * printed like any exception).
   */
  runInteractive(source: string, filename = "<stdin>"): "incomplete" | SessionResult {
    this.inspect = false;
    return this.enter(() => {
      const verdict = this.maybeCompile(source, filename);
      if (verdict === "incomplete") return verdict;
      if (verdict instanceof PyBaseException) return this.uncaught(verdict);
      return this.execute(verdict);
    });
  }

  /** sys.ps1 (or sys.ps2 when more input is expected) as str(), "" if it is unset. */
  prompt(continuation: boolean): string {
    return this.enter(() => {
      const p = this.interp.sys.dict.getStr(continuation ? "ps2" : "ps1");
      if (p === undefined) return "";
      try {
        return str(p);
      } catch {
        return "";
      }
    });
  }

  /** rlcompleter's completions of a name or dotted name (`os.pa` gives `os.path`, `os.pardir`, ...). */
  completions(text: string): string[] {
    return this.enter(() => {
      const I = this.interp;
      const scope = {
        globals: this.globals,
        builtins: I.builtins,
        evaluate: (expr: string) => {
          const co = this.compileOrThrow(expr, "<completion>", "eval", 0);
          return runFrame(new Frame(wrapCode(co), this.globals, I.builtins, this.globals), null);
        },
      };
      try {
        return completions(scope, text);
      } catch {
        return [];
      } finally {
        I.excInfo = null;
        I.excTb = None;
      }
    });
  }

  /** Raises KeyboardInterrupt in the running code at the next instruction boundary (as SIGINT does). */
  interrupt(): void {
    this.interp.interrupt();
  }

  /** A KeyboardInterrupt for a host's readLine to throw (Ctrl-C while input() waits). */
  keyboardInterrupt(): unknown {
    return newExc(KeyboardInterrupt);
  }

  /** Prints an exception raised outside any code (e.g. KeyboardInterrupt at the prompt) as CPython does. */
  printException(exc: PyBaseException): void {
    this.enter(() => this.uncaught(exc));
  }

  /**
   * Ends the interpreter as Py_FinalizeEx does for a program: atexit's callbacks run, sys.stdout
   * and sys.stderr are flushed, sys's streams are restored and the suspended generators __main__
   * held are closed (gen-finalize.ts closeAtExit), and the streams are flushed again; none of it
   * after a step or time limit stopped the run, and all of it under those limits. Hosts call it
   * once the program (and any REPL after it) is over; later calls do nothing. Returns false when a
   * flush failed (flush_std_files: stdout's error goes to sys.unraisablehook, stderr's is dropped),
   * for which python3.10 exits with status 120 whatever the program's status was.
   */
  finalize(): boolean {
    if (this.finalized) return this.finalizedOk;
    this.finalized = true;
    this.enter(() => {
      const I = this.interp;
      if (this.stoppedByLimit || I.limitHit !== null) {
        this.finalizedOk = flushStdFiles(I);
        return;
      }
      // the Python code run at exit (atexit's callbacks, finally blocks) has the session's limits too
      this.startLimits();
      try {
        runExitFuncs();
        this.finalizedOk = flushStdFiles(I);
        if (I.limitHit !== null) return;
        // finalize_modules: __main__ is let go of (closing the generators it held); the streams are flushed again
        finalizeModules(I, this.main.dict!, this.builtinsCopy);
        if (!flushStdFiles(I)) this.finalizedOk = false;
      } finally {
        I.maxSteps = Infinity;
        I.deadline = Infinity;
      }
    });
    return this.finalizedOk;
  }
  /** The builtins as made, before site's names and the program's changes (finalize restores them). */
  private builtinsCopy: [PyObj, PyObj][] = [];
  /** The last run ended with the KeyboardInterrupt of a step or time limit: nothing more runs at exit. */
  private stoppedByLimit = false;
  private finalized = false;
  private finalizedOk = true;

  /** Flushes sys.stdout and sys.stderr (before the host exits or reads input). */
  flush(): void {
    this.enter(() => {
      flushStream(this.interp, "stderr");
      flushStream(this.interp, "stdout");
    });
  }

  private enter<T>(body: () => T): T {
    const previous = interp;
    const I = this.interp;
    setInterp(I);
    const saved = saveRecursion(I);
    I.depth = 0;
    I.recursionLimit = this.recursionLimit;
    try {
      return body();
    } finally {
      this.recursionLimit = I.recursionLimit;
      restoreRecursion(saved);
      setInterp(previous);
    }
  }

  private compileOrThrow(source: string | Uint8Array, filename: string, mode: "exec" | "single" | "eval", flags: number, warn?: typeof showCompileWarning): CodeObject {
    const c = this.interp.compile;
    if (c === null) throw new PyError("NotImplementedError", "dislab's compiler (src/compiler/index.ts) is not available yet, so source cannot be compiled");
    const co = c(source, filename, mode, flags | this.futureFlags, warn);
    // codeop.Compile: a __future__ import stays in force for the following input.
    if (mode === "single") this.futureFlags |= co.co_flags & PyCF_MASK;
    return co;
  }

  /** codeop._maybe_compile (3.10.2) over "single" mode: a code object, "incomplete", or the SyntaxError to print. */
  private maybeCompile(source: string, filename: string): CodeObject | "incomplete" | PyBaseException {
    // Only blank lines and comments: compile "pass" instead.
    if (source.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("#"))) source = "pass";
    // Input that ends inside an indented block fails in CPython's parser (see endsInsideBlock),
    // before the compiler could print a warning.
    if (!endsInsideBlock(source)) {
      try {
        return this.compileOrThrow(source, filename, "single", PyCF_DONT_IMPLY_DEDENT, showCompileWarning);
      } catch (e) {
        if (!isSyntaxError(e)) return toPyExc(e);
      }
    }
    // Warnings are errors for the two probes (warnings.simplefilter("error")), as compile() then
    // turns a SyntaxWarning into a SyntaxError.
    const asError = (_category: string, message: string, file: string, lineno: number): never => {
      throw PyError.syntax("SyntaxError", message, { filename: file, lineno, offset: null, text: null, end_lineno: null, end_offset: null });
    };
    let code1: CodeObject | null = null;
    let err1: unknown = null;
    let err2: unknown = null;
    try {
      code1 = this.compileOrThrow(source + "\n", filename, "single", PyCF_DONT_IMPLY_DEDENT, asError);
    } catch (e) {
      if (!isSyntaxError(e)) return toPyExc(e);
      err1 = e;
    }
    try {
      this.compileOrThrow(source + "\n\n", filename, "single", PyCF_DONT_IMPLY_DEDENT, asError);
    } catch (e) {
      if (!isSyntaxError(e)) return toPyExc(e);
      err2 = e;
    }
    if (code1 === null && isSameSyntaxError(err1, err2)) return toPyExc(err1);
    return "incomplete";
  }

  /**
   * `python -m NAME`: runpy._run_module_as_main(NAME) from CPython's own runpy, which finds the
   * module (a package runs its __main__), sets sys.argv[0] to its file and runs it as __main__ in
   * this session's __main__ namespace. As in CPython its frame is the traceback's first, and a
   * module that cannot be found exits with "EXECUTABLE: No module named NAME" (status 1).
   * `alterArgv: false` keeps sys.argv[0], as running a directory or zip archive's __main__ does.
   */
  runModule(name: string, options: { inspect?: boolean; alterArgv?: boolean } = {}): SessionResult {
    this.inspect = options.inspect ?? false;
    return this.enter(() => this.guarded(() => {
      call(getattr(importModule("runpy"), "_run_module_as_main"), [name, options.alterArgv ?? true]);
    }));
  }

  private execute(co: CodeObject): SessionResult {
    return this.guarded(() => {
      const g = this.globals;
      const f = new Frame(wrapCode(co), g, this.interp.builtins, g);
      for (let i = 0; i < co.co_cellvars.length; i++) f.cells.push(new PyCell());
      // what only some programs change, marked changing before anything is optimised (v8-shapes.ts)
      markMutable(f, { gen: f, savedExc: None, savedTb: f, locals: null, escaped: true, retired: true, nextSpare: f, globals: this.interp.builtins, builtins: g });
      markMutable(f.code, { spare: f, spares: 1 });
      runFrame(f, null);
    });
  }

  /** Runs `body` under the session's limits; what it raises uncaught is handled as CPython's main does. */
  private guarded(body: () => void): SessionResult {
    const I = this.interp;
    this.startLimits();
    this.stoppedByLimit = false;
    try {
      body();
    } catch (e) {
      return this.uncaught(toPyExc(e));
    } finally {
      I.maxSteps = Infinity;
      I.deadline = Infinity;
    }
    // PyRun_InteractiveOne and the end of a program flush sys.stderr and sys.stdout, ignoring
    // errors (flush_io); a stream that still cannot flush fails at finalize()
    flushStream(I, "stderr");
    flushStream(I, "stdout");
    return { status: "ok", exitCode: 0 };
  }

  /** The session's step and time limits, counted from now. */
  private startLimits(): void {
    const I = this.interp;
    I.steps = 0;
    I.maxSteps = this.maxSteps > 0 ? this.maxSteps : Infinity;
    // The eval loop reads the clock (host.now, which runs onTick) every thousand instructions only
    // while a deadline is set: with onTick and no timeout, the deadline is one nobody will reach.
    I.deadline = this.timeout > 0 ? I.host.now() + this.timeout : this.ticking ? I.host.now() + NEVER_MS : Infinity;
    I.limitHit = null;
    I.interruptRequested = false;
  }

  /** _Py_HandleSystemExit, then PyErr_PrintEx(1) for everything else. */
  private uncaught(exc: PyBaseException): SessionResult {
    const I = this.interp;
    if (I.limitHit !== null) this.stoppedByLimit = true;
    I.excInfo = null;
    I.excTb = None;
    I.limitHit = null;
    if (exc.cls.isSubtype(SystemExit) && !this.inspect) {
      const code = exitStatus(I, exc);
      this.exitCode = code;
      flushStream(I, "stdout");
      return { status: "exit", exitCode: code };
    }
    flushStream(I, "stdout");
    const sys = I.sys.dict;
    sys.setStr("last_type", exc.cls);
    sys.setStr("last_value", exc);
    sys.setStr("last_traceback", exc.traceback);
    const hook = sys.getStr("excepthook");
    if (hook === undefined) {
      writeStderr(I, "sys.excepthook is missing\n");
      writeStderr(I, formatException(exc));
    } else {
      try {
        call(hook, [exc.cls, exc, exc.traceback]);
      } catch (e) {
        const e2 = toPyExc(e);
        if (e2.cls.isSubtype(SystemExit)) {
          this.inspect = false; // a hook that exits ends the session even under -i
          return this.uncaught(e2);
        }
        writeStderr(I, "Error in sys.excepthook:\n");
        writeStderr(I, formatException(e2));
        writeStderr(I, "\nOriginal exception was:\n");
        defaultExcepthook([exc.cls, exc, exc.traceback]);
      }
    }
    flushStream(I, "stderr");
    return { status: "error", exitCode: 1, error: exc.cls.name };
  }
}

export function createSession(options: SessionOptions = {}): Session {
  return new Session(options);
}

function makeHost(options: SessionOptions): Host {
  const onStdout = options.onStdout ?? (() => {});
  const onStderr = options.onStderr ?? (() => {});
  let readLine = options.readLine;
  if (readLine === undefined) {
    const text = options.stdin ?? "";
    let pos = 0;
    readLine = () => {
      if (pos >= text.length) return "";
      const nl = text.indexOf("\n", pos);
      const end = nl < 0 ? text.length : nl + 1;
      const line = text.slice(pos, end);
      pos = end;
      return line;
    };
  }
  const lines = readLine;
  const readStdin =
    options.readStdin ??
    (() => {
      let all = "";
      for (let l = lines(); l !== ""; l = lines()) all += l;
      return all;
    });
  return {
    write: (fd, text) => (fd === 1 ? onStdout(text) : onStderr(text)),
    readStdin,
    readLine: lines,
    now: tickingClock(options.now ?? (() => Date.now()), options.onTick),
    readFile: readingFs(options.fs, options.readFile),
    fs: options.fs,
    env: options.env,
    isatty: options.isatty,
  };
}

/** The host's readFile: the granted file system's files first (what the program sees and writes), then the embedder's readFile. */
function readingFs(fs: HostFS | undefined, readFile: ((path: string) => Uint8Array | null) | undefined): ((path: string) => Uint8Array | null) | undefined {
  if (fs === undefined) return readFile;
  return (path) => readRegularFile(fs, path) ?? readFile?.(path) ?? null;
}

function tickingClock(now: () => number, onTick: ((now: number) => void) | undefined): () => number {
  if (onTick === undefined) return now;
  return () => {
    const t = now();
    onTick(t);
    return t;
  };
}

type RecursionState = { depth: number; limit: number };
function saveRecursion(I: Interp): RecursionState {
  return { depth: I.depth, limit: I.recursionLimit };
}
function restoreRecursion(s: RecursionState): void {
  // depth and limit live in objects/hooks.ts, shared by every interpreter: put back the caller's.
  const I = interp;
  if (I) {
    I.depth = s.depth;
    I.recursionLimit = s.limit;
  }
}

/**
 * PyCF_DONT_IMPLY_DEDENT: in "single" mode, pegen closes the blocks still open at the end of the input
 * (pendin = -indent) unless this flag is given, and codeop gives it, so that `def f():\n    return 1`
 * is not complete until a blank line follows. dislab's parser does not read the flag yet, so the
 * session asks its tokenizer whether the input ends inside an indented block (INDENT tokens not
 * matched by DEDENTs; without a final newline the tokenizer emits no DEDENT at the end).
 */
function endsInsideBlock(source: string): boolean {
  if (source.endsWith("\n") || source.endsWith("\r")) return false;
  try {
    const tok = new Tokenizer(source, { opts: { filename: "<stdin>" }, warn: () => {} }, false);
    let depth = 0;
    for (let t = tok.next(); t.type !== T.ENDMARKER; t = tok.next()) {
      if (t.type === T.INDENT) depth++;
      else if (t.type === T.DEDENT) depth--;
    }
    return depth > 0;
  } catch {
    return false;
  }
}

function isSyntaxError(e: unknown): boolean {
  if (e instanceof PyError) return e.type === "SyntaxError" || e.type === "IndentationError" || e.type === "TabError";
  if (e instanceof PyBaseException) return e.cls.isSubtype(toPyExc(new PyError("SyntaxError", "")).cls);
  return false;
}

/** repr(err1) == repr(err2), and not two "was never closed" errors (codeop._is_syntax_error). */
function isSameSyntaxError(a: unknown, b: unknown): boolean {
  const ra = syntaxErrorRepr(a);
  const rb = syntaxErrorRepr(b);
  if (ra.includes("was never closed") && rb.includes("was never closed")) return false;
  return ra === rb;
}

function syntaxErrorRepr(e: unknown): string {
  if (e instanceof PyError) {
    const s = e.syntax;
    return JSON.stringify([e.type, e.pyMessage, s?.filename, s?.lineno, s?.offset, s?.text, s?.end_lineno, s?.end_offset]);
  }
  if (e instanceof PyBaseException) {
    try {
      return `${e.cls.name}:${str(e)}:${JSON.stringify(["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].map((k) => safeStr(e.get(k) ?? None)))}`;
    } catch {
      return e.cls.name;
    }
  }
  return String(e);
}

/** The exit status of SystemExit(code), printing a non-integer code to stderr as CPython does. */
function exitStatus(I: Interp, exc: PyBaseException): number {
  const code = exc.get("code");
  if (code === None || code === undefined) return 0;
  const v = asInt(code);
  if (v !== null && typeof code !== "object") {
    if (typeof v === "bigint") return v >= -(2n ** 63n) && v < 2n ** 63n ? Number(BigInt.asUintN(8, v)) : 255;
    return ((v % 256) + 256) % 256;
  }
  if (v !== null) return ((Number(v) % 256) + 256) % 256;
  writeStderr(I, safeStr(code) + "\n");
  return 1;
}

/**
 * Calls sys.<name>.flush(); errors are ignored unless `raise` (CPython's flush_std_files). A
 * stream the program closed is left alone, as file_is_closed makes CPython do.
 */
function flushStream(I: Interp, name: "stdout" | "stderr", raise = false): void {
  try {
    const s = I.sys.dict.getStr(name);
    if (s !== undefined && s !== None && !streamClosed(s)) call(getattr(s, "flush"), []);
  } catch (e) {
    if (raise) throw e;
  }
}

/**
 * flush_std_files: flushes sys.stdout (an error is reported as unraisable, with the stream as the
 * object) and sys.stderr (an error is dropped); false if either failed.
 */
function flushStdFiles(I: Interp): boolean {
  let ok = true;
  const out = I.sys.dict.getStr("stdout");
  if (out !== undefined && out !== None && !streamClosed(out)) {
    try {
      call(getattr(out, "flush"), []);
    } catch (e) {
      writeUnraisable(toPyExc(e), out);
      ok = false;
    }
  }
  const err = I.sys.dict.getStr("stderr");
  if (err !== undefined && err !== None && !streamClosed(err)) {
    try {
      call(getattr(err, "flush"), []);
    } catch {
      ok = false;
    }
  }
  return ok;
}

function streamClosed(s: PyObj): boolean {
  try {
    const c = getattrOpt(s, "closed");
    return c !== undefined && truthy(c);
  } catch {
    return false;
  }
}

function writeStderr(I: Interp, text: string): void {
  const err = I.sys.dict.getStr("stderr");
  try {
    if (err !== undefined && err !== None) call(getattr(err, "write"), [text]);
    else I.host.write(2, text);
  } catch {
    I.host.write(2, text);
  }
}

function safeStr(x: PyObj): string {
  try {
    return str(x);
  } catch {
    return `<${typeOf(x).name} object>`;
  }
}
