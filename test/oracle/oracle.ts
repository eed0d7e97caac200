// The oracle: CPython 3.10.2 (Pyodide 0.22.1, WebAssembly) answering the questions dislab's tests ask.
// It loads once per process (about 1.5 s) and caches every answer on disk under .cache/oracle/,
// keyed by the question, the source bytes and the text of oracle.py, so a second run is instant and a
// change to the oracle invalidates the cache. Answers are JSON (see oracle.py for the encodings).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = join(here, "..", "..");
const cacheDir = join(projectRoot, ".cache", "oracle");
const oracleSource = readFileSync(join(here, "oracle.py"), "utf8");
// Bump when the way Pyodide is started changes (answers depend on it as well as on oracle.py).
const LOADER_REVISION = "2: PYTHONHASHSEED=0";
const oracleVersion = createHash("sha256").update(LOADER_REVISION).update(oracleSource).digest("hex").slice(0, 16);

/** A constant as tagged JSON (oracle.py's enc_const). */
export type ConstJson =
  | { t: "None" }
  | { t: "Ellipsis" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: string }
  | { t: "float"; v: string } // float.hex(), or "nan", "inf", "-inf"
  | { t: "complex"; re: string; im: string }
  | { t: "str"; v: string }
  | { t: "bytes"; v: string } // hex
  | { t: "tuple"; v: ConstJson[] }
  | { t: "frozenset"; v: ConstJson[] } // hash order of a 32-bit build: compare as a set
  | CodeJson;

/** A code object as tagged JSON (oracle.py's enc_code); byte strings are hex. */
export interface CodeJson {
  t: "code";
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  co_code: string;
  co_consts: ConstJson[];
  co_names: string[];
  co_varnames: string[];
  co_freevars: string[];
  co_cellvars: string[];
  co_filename: string;
  co_name: string;
  co_linetable: string;
  co_lnotab: string;
}

/** A Python exception as the oracle saw it; SyntaxError carries its position and CPython's text. */
export interface PyErrorJson {
  type: string;
  msg: string;
  filename?: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
  /** traceback.format_exception_only(): the `File "..", line N` block, source line, carets, message. */
  formatted?: string;
}

export interface PyWarningJson {
  category: string;
  message: string;
  filename: string;
  lineno: number;
}

export type OracleResult<T> =
  | { ok: true; value: T; warnings: PyWarningJson[] }
  | { ok: false; error: PyErrorJson; warnings: PyWarningJson[] };

/** An AST node as JSON: `_type` is the class name, then its fields and position attributes. */
export interface AstNodeJson {
  _type: string;
  [field: string]: unknown;
}

export interface CompileOptions {
  filename?: string;
  mode?: "exec" | "eval" | "single" | "func_type";
  optimize?: number;
  flags?: number;
}

export interface ParseOptions {
  filename?: string;
  mode?: "exec" | "eval" | "single" | "func_type";
  typeComments?: boolean;
  featureVersion?: [number, number] | null;
}

type Source = string | Uint8Array;
const toBytes = (s: Source): Uint8Array => (typeof s === "string" ? new TextEncoder().encode(s) : s);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pyodide = any;

export class Oracle {
  private constructor(private readonly lazy: () => Promise<Pyodide>) {}
  private py: Pyodide | undefined;

  static instance: Promise<Oracle> | undefined;

  /** The process-wide oracle. Pyodide itself loads only when an answer is not in the cache. */
  static async get(): Promise<Oracle> {
    Oracle.instance ??= Promise.resolve(new Oracle(loadPyodideOnce));
    return Oracle.instance;
  }

  /** Pyodide, loaded now if it has not been: call before using the synchronous methods uncached. */
  async ready(): Promise<this> {
    this.py ??= await this.lazy();
    return this;
  }

  /** compile(source, filename, mode, flags, dont_inherit=True, optimize): the code object and its marshal bytes (base64). */
  compile(source: Source, o: CompileOptions = {}): OracleResult<{ code: CodeJson; marshal: string }> {
    return this.ask("compile_code", source, [o.filename ?? "<string>", o.mode ?? "exec", o.optimize ?? -1, o.flags ?? 0]);
  }

  /** ast.parse(source, filename, mode, type_comments, feature_version) as a JSON tree. */
  parse(source: Source, o: ParseOptions = {}): OracleResult<AstNodeJson> {
    return this.ask("parse_ast", source, [o.filename ?? "<unknown>", o.mode ?? "exec", o.typeComments ?? false, o.featureVersion ?? null]);
  }

  /** What `python -m ast` prints to stdout (type comments on, as ast.main does by default). */
  astMain(source: Source, o: { filename?: string; mode?: string; includeAttributes?: boolean; indent?: number; typeComments?: boolean } = {}): OracleResult<string> {
    return this.ask("ast_main_output", source, [o.filename ?? "<stdin>", o.mode ?? "exec", o.includeAttributes ?? false, o.indent ?? 3, o.typeComments ?? true]);
  }

  /** What `python -m dis FILE` prints to stdout (FILE given as `filename`). */
  dis(source: Source, filename = "<string>"): OracleResult<string> {
    return this.ask("dis_output", source, [filename]);
  }

  /** dis.code_info() of the compiled module and every nested code object, depth first. */
  codeInfo(source: Source, filename = "<string>", mode = "exec"): OracleResult<string[]> {
    return this.ask("code_info_output", source, [filename, mode]);
  }

  /** What `python -m py_compile FILE` writes to stderr ('' when the file compiles). */
  pyCompile(source: Source, filename: string): OracleResult<string> {
    return this.ask("py_compile_output", source, [filename]);
  }

  /** dis.dis() of a marshalled code object. */
  disMarshal(bytes: Uint8Array): OracleResult<string> {
    return this.askNoSource("dis_marshal", [Buffer.from(bytes).toString("base64")]);
  }

  /** marshal.loads() of bytes: the value as tagged JSON, or the exception. */
  marshalLoads(bytes: Uint8Array): OracleResult<ConstJson> {
    return this.askNoSource("marshal_loads", [Buffer.from(bytes).toString("base64")]);
  }

  /** CPython's opcode facts (dis.opmap, hasjrel, ..., the .pyc magic number). */
  info(): { version: string; opmap: Record<string, number>; HAVE_ARGUMENT: number; hasconst: number[]; hasname: number[]; hasjrel: number[]; hasjabs: number[]; haslocal: number[]; hascompare: number[]; hasfree: number[]; hasnargs: number[]; cmp_op: string[]; MAGIC: number } {
    return this.cached("info", new Uint8Array(), [], () => JSON.parse(this.call("info", [])));
  }

  /** Runs any Python expression in the oracle (uncached): for one-off questions in tests. */
  eval(expr: string): unknown {
    const r = this.requirePy().runPython(expr);
    return r?.toJs ? r.toJs() : r;
  }

  private ask<T>(fn: string, source: Source, args: unknown[]): OracleResult<T> {
    const bytes = toBytes(source);
    return this.cached(fn, bytes, args, () => {
      const py = this.requirePy();
      py.FS.writeFile("/tmp/oracle_src.py", bytes);
      return JSON.parse(this.call(fn, ["/tmp/oracle_src.py", ...args]));
    });
  }

  private askNoSource<T>(fn: string, args: unknown[]): OracleResult<T> {
    return this.cached(fn, new Uint8Array(), args, () => JSON.parse(this.call(fn, args)));
  }

  private call(fn: string, args: unknown[]): string {
    const py = this.requirePy();
    const f = py.globals.get("__oracle__").get(fn);
    try {
      return f(...args);
    } finally {
      f.destroy();
    }
  }

  private requirePy(): Pyodide {
    if (!this.py) throw new Error("oracle: answer not cached; call `await oracle.ready()` first");
    return this.py;
  }

  private cached<T>(fn: string, bytes: Uint8Array, args: unknown[], compute: () => T): T {
    const key = createHash("sha256").update(oracleVersion).update(fn).update(JSON.stringify(args)).update(bytes).digest("hex");
    const file = join(cacheDir, key.slice(0, 2), key + ".json");
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
    const value = compute();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
    return value;
  }

  /** Is this answer already in the cache (so no Pyodide is needed)? */
  static isCached(fn: string, source: Source, args: unknown[]): boolean {
    const key = createHash("sha256").update(oracleVersion).update(fn).update(JSON.stringify(args)).update(toBytes(source)).digest("hex");
    return existsSync(join(cacheDir, key.slice(0, 2), key + ".json"));
  }
}

let pyodidePromise: Promise<Pyodide> | undefined;
function loadPyodideOnce(): Promise<Pyodide> {
  pyodidePromise ??= loadPyodideFresh();
  return pyodidePromise;
}

/** A new Pyodide instance with oracle.py loaded (the process-wide one is Oracle.get()'s). */
export async function loadPyodideFresh(): Promise<Pyodide> {
  const require = createRequire(import.meta.url);
  const { loadPyodide } = require("pyodide"); // its ESM entry fails on Node 20
  // Emscripten adds process-wide uncaughtException/unhandledRejection handlers that rethrow, as
  // Node does by default: with one instance per area of programs they pile up past Node's
  // listener limit (a MaxListenersExceededWarning), so the ones a load adds are taken off again.
  const events = ["uncaughtException", "unhandledRejection"];
  const before = events.map((e) => process.listeners(e as "uncaughtException"));
  const py: Pyodide = await withHashSeedZero(() => loadPyodide({ stdout: () => {}, stderr: () => {} }));
  events.forEach((e, i) => {
    for (const l of process.listeners(e as "uncaughtException")) if (!before[i].includes(l)) process.off(e as "uncaughtException", l);
  });
  const mod = py.runPython("import types; types.ModuleType('__oracle__')");
  py.runPython(oracleSource, { globals: mod.__dict__ });
  py.globals.set("__oracle__", mod.__dict__);
  return py;
}

/**
 * Runs `load` with PYTHONHASHSEED=0 in the Emscripten environment Python starts with, so str hashes,
 * set order and dict-of-set outputs are reproducible. Pyodide 0.22.1's loadPyodide has no `env`
 * option; Emscripten builds the environment with a for-in over its ENV object, which also visits
 * enumerable inherited properties, so an Object.prototype property present only while Pyodide starts
 * ends up in the environment.
 */
async function withHashSeedZero<T>(load: () => Promise<T>): Promise<T> {
  Object.defineProperty(Object.prototype, "PYTHONHASHSEED", { value: "0", enumerable: true, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    delete (Object.prototype as Record<string, unknown>).PYTHONHASHSEED;
  }
}

/**
 * The CPython 3.10 standard library shipped in Pyodide (494 files), copied once to
 * .cache/cpython-lib/ so dislab and the oracle read the same bytes. Returns the paths relative to it.
 * Beside them: LICENSE.txt, the text `license()` prints, which Pyodide keeps where CPython installs
 * it (the standard library's folder).
 */
export async function stdlibCorpus(): Promise<{ root: string; files: string[]; license: string }> {
  const root = join(projectRoot, ".cache", "cpython-lib");
  const listFile = join(root, "FILES.json");
  const license = join(root, "LICENSE.txt");
  if (!existsSync(license)) {
    const py = ((await (await Oracle.get()).ready()) as unknown as { py: Pyodide }).py;
    mkdirSync(root, { recursive: true });
    writeFileSync(license, py.FS.readFile("/lib/python3.10/LICENSE.txt"));
  }
  if (!existsSync(listFile)) {
    const oracle = await (await Oracle.get()).ready();
    const py = (oracle as unknown as { py: Pyodide }).py;
    const paths: string[] = JSON.parse(py.globals.get("__oracle__").get("stdlib_files")());
    const rel = paths.map((p) => p.slice("/lib/python3.10/".length));
    for (const [i, p] of paths.entries()) {
      const out = join(root, rel[i]);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, py.FS.readFile(p));
    }
    writeFileSync(listFile, JSON.stringify(rel, null, 1));
  }
  return { root, files: JSON.parse(readFileSync(listFile, "utf8")), license };
}
