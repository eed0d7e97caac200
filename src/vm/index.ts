// dislab's VM entry: runProgram runs a whole program as `python3.10 FILE ARGS` would (conventions in
// test/programs/README.md): a fresh interpreter, a __main__ module, uncaught exceptions printed by
// sys.excepthook, SystemExit turned into the exit status as _Py_HandleSystemExit does. Source is
// compiled by dislab's compiler (src/compiler/index.ts), loaded lazily so the VM works before it
// lands; `options.compile` substitutes another compiler (tests use CPython's code objects).
import {
  type PyObj, PyModule, PyDict, PyBaseException, PyCell, Frame, None, vm, wrapCode, toPyExc, call, getattr, str, asInt, asStr, SystemExit,
  typeOf, PyFunction, PyGen, genResume, setLocalsOf, PyError,
} from "./vm-imports.ts";
import { Interp, setInterp, interp, showCompileWarning, type CompileFn, type Host } from "./interp.ts";
import { callFunction, resumeGen, runFrame } from "./eval-loop.ts";
import { formatException } from "./traceback.ts";
import type { HostFS } from "./host-fs.ts";
import { createBuiltins } from "../builtins/index.ts";
import { makeSys, defaultExcepthook } from "../builtins/sys.ts";
import { frameLocals } from "../builtins/functions.ts";
import { importModule } from "../builtins/importer.ts";
import { compile, programTextReader } from "../compiler/index.ts";

vm.callFunction = (f, args, kw) => callFunction(f as PyFunction, args, kw);
vm.resume = (g, value, exc) => resumeGen(g as PyGen, value, exc as PyBaseException | null);
vm.currentException = () => (interp ? interp.excInfo : null);
vm.importModule = (name) => importModule(name);
vm.callerModuleName = () => (interp as unknown as { frame?: { globals: PyDict } | null })?.frame?.globals.getStr("__name__");
setLocalsOf(frameLocals);
void genResume;

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
  /** Extra sys.path entries after the program's folder (e.g. a standard library directory). */
  path?: string[];
}

// dislab's compiler, unless options.compile substitutes another. Errors found after parsing take
// their source line from the program's files, as CPython reads them from disk.
const dislabCompile = (programText?: (filename: string, lineno: number) => string | null): CompileFn => (src, filename, mode, flags, warn) =>
  compile(src, { filename, mode, flags, programText, warn: warn ? (w) => warn(w.category, w.message, w.filename, w.lineno) : undefined });

const decoder = new TextDecoder("utf-8", { fatal: false });

function dirname(p: string): string {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}

/** Runs a program; never throws for anything the program does. */
export function runProgram(source: string | Uint8Array, options: RunOptions): RunResult {
  let stdout = "";
  let stderr = "";
  const stdinText = options.stdin ?? "";
  let stdinPos = 0;
  const host: Host = {
    write: (fd, text) => {
      if (fd === 1) stdout += text;
      else stderr += text;
    },
    readStdin: () => {
      const r = stdinText.slice(stdinPos);
      stdinPos = stdinText.length;
      return r;
    },
    readLine: () => {
      if (stdinPos >= stdinText.length) return "";
      const nl = stdinText.indexOf("\n", stdinPos);
      const end = nl < 0 ? stdinText.length : nl + 1;
      const r = stdinText.slice(stdinPos, end);
      stdinPos = end;
      return r;
    },
    now: () => Date.now(),
    readFile: options.readFile,
    fs: options.fs,
  };
  const compile = options.compile ?? dislabCompile(options.readFile ? programTextReader(options.readFile) : undefined);
  const I = new Interp(host, compile, { maxSteps: options.maxSteps ?? 0, timeout: options.timeout ?? 0 });
  I.depth = 0;
  I.recursionLimit = 1000;
  const previous = interp;
  setInterp(I);
  try {
    const exitCode = runMain(I, source, options);
    return { stdout, stderr, exitCode };
  } catch (e) {
    // A bug in dislab itself: report it like a crash, not as a JS exception.
    stderr += `dislab internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`;
    return { stdout, stderr, exitCode: 70 };
  } finally {
    setInterp(previous);
  }
}

function runMain(I: Interp, source: string | Uint8Array, options: RunOptions): number {
  const filename = options.filename;
  const argv = options.argv ?? [filename];
  I.modules = new PyDict();
  I.builtinsModule = createBuiltins();
  I.builtins = I.builtinsModule.dict;
  I.sys = makeSys(argv, dirname(filename));
  if (options.path) (I.sys.dict.getStr("path") as import("../objects/index.ts").PyList).items.push(...options.path);
  I.argv = argv;
  I.modules.setStr("sys", I.sys);
  I.modules.setStr("builtins", I.builtinsModule);
  const main = new PyModule("__main__");
  const g = main.dict;
  g.setStr("__annotations__", new PyDict());
  g.setStr("__builtins__", I.builtinsModule);
  g.setStr("__file__", filename);
  g.setStr("__cached__", None);
  I.modules.setStr("__main__", main);
  const text = typeof source === "string" ? source : decoder.decode(source);
  I.sources.set(filename, text);
  try {
    if (I.compile === null) throw new PyError("NotImplementedError", "dislab's compiler (src/compiler/index.ts) is not available yet, so source cannot be compiled");
    let co;
    try {
      co = I.compile(source, filename, "exec", 0, showCompileWarning);
    } catch (e) {
      throw toPyExc(e);
    }
    const f = new Frame(wrapCode(co), g, I.builtins, g);
    for (let i = 0; i < co.co_cellvars.length; i++) f.cells.push(new PyCell());
    runFrame(f, null);
    return flushStdout(I) ?? 0;
  } catch (e) {
    const exc = toPyExc(e);
    return handleUncaught(I, exc);
  }
}

function flushStdout(I: Interp): number | null {
  try {
    const out = I.sys.dict.getStr("stdout");
    if (out !== undefined && out !== None) call(getattr(out, "flush"), []);
    return null;
  } catch (e) {
    const exc = toPyExc(e);
    return handleUncaught(I, exc);
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

/** _Py_HandleSystemExit, then PyErr_PrintEx for everything else. */
function handleUncaught(I: Interp, exc: PyBaseException): number {
  I.excInfo = null;
  if (exc.cls.isSubtype(SystemExit)) {
    flushStdout(I);
    const code = exc.get("code");
    if (code === None) return 0;
    const v = asInt(code);
    if (v !== null && typeof code !== "object") {
      if (typeof v === "bigint") return v >= -(2n ** 63n) && v < 2n ** 63n ? Number(BigInt.asUintN(8, v)) : 255;
      return ((v % 256) + 256) % 256;
    }
    if (v !== null) return ((Number(v) % 256) + 256) % 256;
    writeStderr(I, safeStr(code) + "\n");
    return 1;
  }
  flushStdout(I);
  const hook = I.sys.dict.getStr("excepthook");
  if (hook === undefined) {
    writeStderr(I, "sys.excepthook is missing\n");
    writeStderr(I, formatException(exc));
    return 1;
  }
  try {
    call(hook, [exc.cls, exc, exc.traceback]);
  } catch (e) {
    const e2 = toPyExc(e);
    if (e2.cls.isSubtype(SystemExit)) return handleUncaught(I, e2);
    writeStderr(I, "Error in sys.excepthook:\n");
    writeStderr(I, formatException(e2));
    writeStderr(I, "\nOriginal exception was:\n");
    defaultExcepthook([exc.cls, exc, exc.traceback]);
  }
  return 1;
}

function safeStr(x: PyObj): string {
  try {
    return str(x);
  } catch {
    return `<${typeOf(x).name} object>`;
  }
}
export { asStr };
