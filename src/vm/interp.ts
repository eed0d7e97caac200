// The interpreter state (CPython's PyThreadState + PyInterpreterState in one, since dislab runs
// one thread): builtins, sys.modules, the exception being handled, recursion depth and limit,
// the step/time budget, the host's streams, the source cache for tracebacks (linecache) and the
// compile function. One Interp is current at a time; runProgram creates a fresh one per run.
import type { PyObj, PyDict, PyBaseException, PyModule, Frame } from "../objects/index.ts";
import type { CodeObject } from "../bytecode/code.ts";
import { recursion } from "../objects/hooks.ts";
import type { HostFS } from "./host-fs.ts";
import type { NativeProfiler, StepHook } from "./trace.ts";
import { call, getattrOpt, IdSpace, None, setIdSpace } from "../objects/index.ts";

export interface Host {
  write(fd: 1 | 2, text: string): void;
  /** The rest of stdin, consumed; "" at EOF. */
  readStdin(): string;
  /** One line of stdin including its newline; "" at EOF. */
  readLine(): string;
  now(): number;
  /** Source text of a file the program may import (relative path), or null. */
  readFile?(path: string): Uint8Array | null;
  /** The file system open() and os use, when the embedder grants one (src/vm/host-fs.ts). */
  fs?: HostFS;
  /** os.environ, when the embedder grants its environment (a small fixed one otherwise). */
  env?: Record<string, string>;
  /** Whether a standard stream is a terminal (os.isatty, the streams' isatty()); none is by default. */
  isatty?(fd: 0 | 1 | 2): boolean;
}

/** A compile-time warning (SyntaxWarning, DeprecationWarning) reported by the compiler. */
export type WarnFn = (category: string, message: string, filename: string, lineno: number) => void;
export type CompileFn = (source: string | Uint8Array, filename: string, mode: "exec" | "eval" | "single", flags: number, warn?: WarnFn) => CodeObject;

/**
 * Prints a compile-time warning as _warnings.c's show_warning does when the warnings module has not
 * replaced it: "file:line: Category: message" and the stripped source line.
 */
export function showCompileWarning(category: string, message: string, filename: string, lineno: number): void {
  // Once the warnings module is loaded, PyErr_WarnExplicit goes through its filters and hooks.
  const warnings = interp.modules.getStr("warnings");
  const cat = interp.builtins.getStr(category);
  if (warnings !== undefined && cat !== undefined) {
    const we = getattrOpt(warnings, "warn_explicit");
    if (we !== undefined) {
      call(we, [message, cat, filename, lineno]);
      return;
    }
  }
  // The default filters (no -W options): these categories are ignored outside __main__, and a
  // compile-time warning's module is derived from the file name, never "__main__".
  if (["DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning"].includes(category)) return;
  let text = `${filename}:${lineno}: ${category}: ${message}\n`;
  const line = sourceLine(filename, lineno).trim();
  if (line) text += `  ${line}\n`;
  interp.host.write(2, text);
}

/** The classes of importlib the importer hands out instances of (FileFinder's loader details too). */
export interface ImportlibClasses {
  spec: PyObj;
  builtinImporter: PyObj;
  frozenImporter: PyObj;
  sourceLoader: PyObj;
  fileFinder: PyObj;
  namespaceLoader: PyObj;
  loaderDetails: PyObj[];
  /** SourceFileLoader's exec_module and get_code as importlib defines them (the importer runs them natively while they are). */
  execModule: PyObj | undefined;
  getCode: PyObj | undefined;
}

export class Interp {
  builtins!: PyDict;
  builtinsModule!: PyModule;
  sys!: PyModule;
  modules!: PyDict;
  /** The exception currently being handled (sys.exc_info()[1]), or null. */
  excInfo: PyBaseException | null = null;
  /**
   * The traceback saved with it when it was caught (sys.exc_info()[2], what a bare `raise` raises it
   * with): CPython keeps it beside the exception, so a handler's change of __traceback__ leaves it.
   */
  excTb: PyObj = None;
  /**
   * The running Python frame (the eval loop's), or null. Declared so that every interpreter has
   * the same shape from its start: the loop reads it at each entry, and an interpreter gaining the
   * field later would give those reads two maps (a deoptimisation at each new run).
   */
  frame: Frame | null = null;
  get depth(): number {
    return recursion.depth;
  }
  set depth(v: number) {
    recursion.depth = v;
  }
  get recursionLimit(): number {
    return recursion.limit;
  }
  set recursionLimit(v: number) {
    recursion.limit = v;
  }
  /** Instructions run so far (counted at the eval loop's checks); the budget itself. */
  steps = 0;
  /** Objects visited by buffer-export walks (their budget grows with steps: buffer-exports.ts). */
  exportsWalked = 0;
  /** atexit's callbacks in registration order (src/modules/atexit.ts); run by Session.finalize. */
  exitFuncs: ({ fn: PyObj; args: PyObj[]; kw: readonly string[] | null } | null)[] = [];
  /** id()'s addresses: per interpreter, so a replayed run sees the same ids. */
  readonly ids = new IdSpace();
  maxSteps: number;
  deadline: number;
  /** Set once maxSteps or timeout is exceeded: KeyboardInterrupt(limitHit) at every instruction from then on. */
  limitHit: string | null = null;
  /** interrupt() was called: KeyboardInterrupt at the next instruction boundary, once. */
  interruptRequested = false;
  /** An embedder's flag (e.g. over a SharedArrayBuffer): a nonzero [0] interrupts, as Pyodide's setInterruptBuffer. */
  interruptBuffer: Int32Array | null = null;
  /** _signal's handler table (signal number to handler, SIG_DFL 0, SIG_IGN 1), once imported. */
  signalHandlers = new Map<number, PyObj>();
  /**
   * The search path entries the embedder added (SessionOptions.path): under them the host's
   * readFile may serve modules the granted file system does not have (a bundled standard library),
   * so the path hook takes such a missing directory as one (src/builtins/import-machinery.ts).
   */
  servedRoots: readonly string[] = [];
  /** signal.set_wakeup_fd's fd (never written: no signal arrives from outside). */
  wakeupFd = -1;
  // ---- tracing (src/vm/trace.ts) ----
  /** sys.settrace's function and sys.setprofile's, or null. */
  traceFunc: PyObj | null = null;
  /** Interpreter exit past the clearing of sys.modules (Session.finalize): tracebacks show no source lines. */
  modulesGone = false;
  profileFunc: PyObj | null = null;
  /**
   * A profiler written in TypeScript (_lsprof), as CPython's C c_profilefunc: it gets the profile
   * events instead of a call of profileFunc, which then only holds what sys.getprofile() returns.
   */
  profileNative: NativeProfiler | null = null;
  /** The library's step hook (src/vm/stepper.ts), or null. */
  stepHook: StepHook | null = null;
  /** Any of the three is set: frame entry and exit, calls of builtins and exceptions go through trace.ts. */
  useTracing = false;
  /**
   * A trace function or the step hook is set: every instruction goes through trace.ts too (the
   * eval loop's slow path). A profiler alone gets no per-instruction events, so it does not slow every instruction.
   */
  traceInstructions = false;
  /** Hot code objects are compiled to JavaScript (src/vm/jit); false keeps everything interpreted. */
  jit = true;
  /** -O/-OO (sys.flags.optimize): what compile()'s optimize=-1, imports and the program compile with. */
  optimize = 0;
  /** -b / -bb (sys.flags.bytes_warning): str() of bytes and comparing bytes with str or int warn (objects/bytes.ts). */
  bytesWarning = 0;
  /** sys.set_asyncgen_hooks' firstiter and finalizer (a thread state's in CPython). */
  asyncgenHooks: [PyObj, PyObj] = [None, None];
  /** sys.set_coroutine_origin_tracking_depth: how many callers a new coroutine's cr_origin records. */
  coroOriginDepth = 0;
  /** --check-hash-based-pycs: _imp.check_hash_based_pycs's first value (src/modules/imp.ts). */
  checkHashBasedPycs = "default";
  /**
   * importlib's own classes once _frozen_importlib_external has run: the importer then makes its
   * specs, loaders and finders of them (src/builtins/import-machinery.ts adoptImportlib); null before.
   */
  importlibClasses: ImportlibClasses | null = null;
  /** -X importtime's state (src/builtins/importer.ts), or null when imports are not timed. */
  importTime: { level: number; accumulated: number; headerShown: boolean } | null = null;
  /** > 0 while a trace/profile function or the step hook runs: nothing is traced (tstate->tracing). */
  tracing = 0;
  /**
   * Installs (or removes, with null) the library's step hook: called with every instruction about
   * to run, frame call and return, and exception, while tracing is not suspended (src/vm/trace.ts).
   */
  setStepHook(hook: StepHook | null): void {
    this.stepHook = hook;
    this.updateTracing();
  }
  /** Recomputes useTracing after a hook changed; the eval loop's slow path follows it. */
  updateTracing(): void {
    this.traceInstructions = this.traceFunc !== null || this.stepHook !== null;
    this.useTracing = this.traceInstructions || this.profileFunc !== null;
    this.requestCheck();
  }
  /** Makes the eval loop take its slow path at the next instruction (tracing, interrupt). */
  requestCheck(): void {
    loopControl.requestCheck();
  }
  /** Raises KeyboardInterrupt in the program at the next instruction boundary, as SIGINT does. */
  interrupt(): void {
    this.interruptRequested = true;
    if (interp === this) this.requestCheck();
  }
  sources = new Map<string, string>();
  argv: string[] = [];
  constructor(
    public host: Host,
    public compile: CompileFn | null,
    opts: { maxSteps: number; timeout: number },
  ) {
    this.maxSteps = opts.maxSteps > 0 ? opts.maxSteps : Infinity;
    this.deadline = opts.timeout > 0 ? host.now() + opts.timeout : Infinity;
  }
}

/** Filled in by eval-loop.ts (interp.ts is below it). */
export const loopControl = { requestCheck: (): void => {} };

export let interp: Interp = null as unknown as Interp;
export const setInterp = (i: Interp): void => {
  interp = i;
  setIdSpace(i ? i.ids : null);
  if (i) i.requestCheck();
};

/** Lines of a source file for tracebacks (linecache.getline), 1-based; "" when unknown. */
export function sourceLine(filename: string, lineno: number): string {
  // (at exit, once sys.modules is cleared, CPython's tracebacks find no io module to read lines with)
  if (interp.modulesGone) return "";
  let src = interp.sources.get(filename);
  if (src === undefined) {
    const bytes = filename.startsWith("<") ? null : interp.host.readFile?.(filename) ?? null;
    if (bytes === null) return "";
    src = new TextDecoder().decode(bytes);
    interp.sources.set(filename, src);
  }
  const lines = src.split(/\r\n|\r|\n/);
  return lines[lineno - 1] ?? "";
}
export type { PyObj };
