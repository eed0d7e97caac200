// compile(), exec() and eval() (Python/bltinmodule.c, 3.10). compile() takes source text (str,
// bytes or a buffer) or an _ast tree; with PyCF_ONLY_AST it returns the tree as _ast objects
// (src/modules/ast/), otherwise a code object. A tree passed in is converted back (obj2ast) and
// validated (_PyAST_Validate) before compiling. Unless dont_inherit is true, the future features
// of the calling code are inherited (PyEval_MergeCompilerFlags). Compile-time warnings go through
// the warnings machinery (interp.ts's showCompileWarning).
import {
  type PyObj, PyDict, PyCode, PyCell, PyFunction, Frame, PyBytesObj, PyByteArray, PyMemoryView, None, newExc, typeError, valueError, typeOf, argTypeName, asStr, asIndex,
  bindArgs, toPyExc, wrapCode, RuntimeError, OverflowError, callMethod, PyType, str, bufferBytes, warnEx, publicBuiltins,
} from "./imports.ts";
import { interp, showCompileWarning } from "../vm/interp.ts";
import { runFrame } from "../vm/eval-loop.ts";
import { builtinsFor, GEN_FLAGS, makeFrame } from "../vm/call.ts";
import { recordOrigin } from "../vm/gen-finalize.ts";
import { PyGen, CoroutineType, AsyncGeneratorType, GeneratorType } from "../objects/index.ts";
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from "../bytecode/flags.ts";
import { currentFrame, frameLocals } from "./functions.ts";
import { parse } from "../parser/index.ts";
import { compileAst, programTextReader } from "../compiler/index.ts";
import {
  PyCF_MASK, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_DONT_IMPLY_DEDENT, PyCF_SOURCE_IS_UTF8, PyCF_IGNORE_COOKIE,
  CO_NESTED,
} from "../bytecode/flags.ts";
import { PyError, type PyWarning } from "../support/py-error.ts";
import { CodeObject } from "../bytecode/code.ts";
import { latin1 } from "../support/text/index.ts";
import { decode as decodeText } from "../support/text/codecs/index.ts";
import { astToPython } from "../modules/ast/to-python.ts";
import { pythonToAst, isAstObject } from "../modules/ast/from-python.ts";
import { validateAst } from "../modules/ast/validate.ts";

// 3.10.2 has no PyCF_ALLOW_INCOMPLETE_INPUT (0x4000, later 3.10 releases): it is an unrecognised flag.
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT;
const ACCEPTED_FLAGS = PyCF_MASK | CO_NESTED | PyCF_COMPILE_MASK | PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE;

type Mode = "exec" | "eval" | "single" | "func_type";

/**
 * The compiler's warnings, as _PyErr_WarnExplicitObject reports them. When the warnings filters
 * turn one into an exception of its own category, the compiler is told by a PyError of that type
 * (compiler_warn and the parser replace it with a SyntaxError at their location, as CPython's do).
 */
const warnThrough = (w: PyWarning): void => {
  try {
    showCompileWarning(w.category, w.message, w.filename, w.lineno);
  } catch (e) {
    const category = interp.builtins.getStr(w.category);
    if (category instanceof PyType && toPyExc(e).cls.isSubtype(category)) throw new PyError(w.category, w.message);
    throw e;
  }
};

/** _Py_SourceAsString: the text of a str, bytes or buffer argument. */
function sourceText(src: PyObj, fname: string, what: string): string | Uint8Array {
  const s = asStr(src);
  if (s !== null) {
    if (s.includes("\0")) throw valueError("source code string cannot contain null bytes");
    return s;
  }
  let bytes: Uint8Array;
  if (src instanceof PyBytesObj || src instanceof PyByteArray) bytes = src.bytes;
  else if (src instanceof PyMemoryView) bytes = src.bytes();
  else throw typeError(`${fname}() arg 1 must be a ${what} object`);
  if (bytes.includes(0)) throw valueError("source code string cannot contain null bytes");
  return bytes;
}

/** The future features of the running code (PyEval_MergeCompilerFlags). */
function inheritedFlags(): number {
  const f = currentFrame();
  return f === null ? 0 : f.code.co.co_flags & PyCF_MASK;
}

/**
 * Source bytes in a codec the compiler lacks (a `# coding: latin9` cookie) decode through the codec
 * registry, as the tokenizer's do; the codec's exception's text becomes the SyntaxError's.
 */
export function registryDecoder(b: Uint8Array, encoding: string): string {
  try {
    return decodeText(b, encoding, "strict");
  } catch (e) {
    const x = toPyExc(e);
    throw new PyError(x.cls.name, str(x));
  }
}

/**
 * Py_CompileStringObject: source text to a code object, or to _ast objects with PyCF_ONLY_AST.
 * `featureVersion` is -1 for the current one.
 */
export function compileText(text: string | Uint8Array, filename: string, mode: Mode, flags: number, optimize: number, featureVersion = -1): PyObj {
  const opt = optimize === -1 ? interp.optimize : optimize;
  const budget = recursionBudget();
  const key = flags & PyCF_ONLY_AST || text.length > KEPT_TEXT_MAX ? null : keptKey(text, filename, mode, flags, opt, budget);
  const kept = key === null ? undefined : keptCode.get(key);
  if (kept !== undefined) return wrapCode(kept.copy());
  // what makes a compilation's result depend on more than its key: a warning (shown at each
  // compilation) or a codec of the registry (which the program may replace)
  let untold = true;
  const warn = (w: PyWarning): void => {
    untold = false;
    warnThrough(w);
  };
  const decoder = (b: Uint8Array, encoding: string): string => {
    untold = false;
    return registryDecoder(b, encoding);
  };
  try {
    const tree = parse(text, {
      filename, mode, typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0, featureVersion: featureVersion >= 0 ? featureVersion : null, warn,
      dontImplyDedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0,
      decoder,
    });
    if (flags & PyCF_ONLY_AST) return astToPython(tree);
    const co = compileAst(tree, { filename, mode: mode as "exec" | "eval" | "single", flags, optimize: opt, warn, programText: programText(), recursion: budget });
    if (key !== null && untold) {
      if (keptCode.size >= KEPT_MAX || (keptText += key.length) > KEPT_TEXT_TOTAL) {
        keptCode.clear();
        keptText = key.length;
      }
      keptCode.set(key, co.copy());
    }
    return wrapCode(co);
  } catch (e) {
    throw toPyExc(e);
  }
}

// Code compiled from source text, by everything its compilation depends on: compiling the same
// text again (a program exec'd anew, the methods dataclasses and namedtuple exec from generated
// text for each class) copies the code objects instead of parsing and compiling, 10-20 times
// slower here than CPython's C compiler (a 24-line program 1.4-4.8 ms, native 0.15; a dataclass's
// __init__ 0.13-0.3 ms, native 0.015). Each compilation still gets code objects of its own.
// Failed compilations are not kept; neither is one at another depth of recursion (where the
// compiler's own limit might have been reached), nor one that warned or decoded through a codec
// of the registry.
const keptCode = new Map<string, CodeObject>();
const KEPT_MAX = 512;
/** Longer sources are compiled each time (a module's text is read once, and imports keep .pyc files). */
const KEPT_TEXT_MAX = 1 << 18;
/** The text of the kept compilations' keys, in UTF-16 units, past which they are all let go. */
const KEPT_TEXT_TOTAL = 1 << 22;
let keptText = 0;
function keptKey(text: string | Uint8Array, filename: string, mode: Mode, flags: number, optimize: number, budget: { depth: number; limit: number }): string {
  const head = `${mode}\0${flags}\0${optimize}\0${budget.depth}\0${budget.limit}\0${filename}\0`;
  return typeof text === "string" ? `${head}s${text}` : `${head}b${latin1(text)}`;
}

/** Where compile() runs: tstate->recursion_depth, the Python frames and the builtin call itself (counted in interp.depth). */
function recursionBudget(): { depth: number; limit: number } {
  return { depth: interp.depth, limit: interp.recursionLimit };
}

function programText(): ((filename: string, lineno: number) => string | null) | undefined {
  const rf = interp.host.readFile;
  return rf ? programTextReader((p) => rf(p)) : undefined;
}

/** PyUnicode_FSDecoder for compile()'s filename: str, bytes or os.PathLike (another buffer with a DeprecationWarning). */
export function fsDecode(fn: PyObj): string {
  const s = asStr(fn);
  if (s !== null) return s;
  if (fn instanceof PyBytesObj) return new TextDecoder().decode(fn.bytes);
  const b = bufferBytes(fn);
  if (b !== null) {
    warnEx("DeprecationWarning", `path should be string, bytes, or os.PathLike, not ${typeOf(fn).name}`);
    return new TextDecoder().decode(b);
  }
  const fspath = typeOf(fn).lookup("__fspath__");
  if (fspath !== undefined) {
    const r = callMethod(fn, "__fspath__", []);
    if (asStr(r) !== null || r instanceof PyBytesObj) return fsDecode(r);
    throw typeError(`expected ${typeOf(fn).name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
  }
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(fn).name}`);
}

function intArg(v: PyObj | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = asIndex(v);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return Number(i);
}

/** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1) */
export function compileBuiltin(args: PyObj[], kw: readonly string[] | null): PyObj {
  // _PyArg_UnpackKeywords checks the total before the positional count.
  if (args.length > 7) throw typeError(`compile() takes at most 7 ${args.length === (kw?.length ?? 0) ? "keyword " : ""}arguments (${args.length} given)`);
  const [src, fn, modeArg, flagsArg, dontInherit, optArg, fvArg] = bindArgs(
    "compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3, 0, 6,
  );
  const filename = fsDecode(fn!);
  const mode = asStr(modeArg!);
  if (mode === null) throw typeError(`compile() argument 'mode' must be str, not ${argTypeName(modeArg!)}`);
  let flags = intArg(flagsArg, 0);
  const inherit = dontInherit === undefined ? true : intArg(dontInherit, 0) === 0;
  const optimize = intArg(optArg, -1);
  const featureVersion = intArg(fvArg, -1);
  if (flags & ~ACCEPTED_FLAGS) throw valueError("compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) throw valueError("compile(): invalid optimize value");
  if (inherit) flags |= inheritedFlags();
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    if (mode === "func_type") {
      if (!(flags & PyCF_ONLY_AST)) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    } else if (flags & PyCF_ONLY_AST) throw valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    else throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (isAstObject(src!)) {
    if (flags & PyCF_ONLY_AST) return src!;
    try {
      const tree = pythonToAst(src!, mode);
      validateAst(tree);
      return wrapCode(compileAst(tree, { filename, mode: mode as "exec" | "eval" | "single", flags, optimize: optimize === -1 ? interp.optimize : optimize, warn: warnThrough, programText: programText(), recursion: recursionBudget() }));
    } catch (e) {
      throw toPyExc(e);
    }
  }
  const text = sourceText(src!, "compile", "string, bytes or AST");
  return compileText(text, filename, mode, flags, optimize, flags & PyCF_ONLY_AST ? featureVersion : -1);
}

// ---- exec / eval ---------------------------------------------------------------------------------

function runCode(code: PyCode, globals: PyDict, locals: PyObj, name: "exec" | "eval"): PyObj {
  // PyEval_GetBuiltins(): the calling frame's builtins (site's names still pending stay so)
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", interp.frame ? publicBuiltins(interp.frame.builtins) : interp.builtins);
  if (code.co.co_freevars.length) throw typeError(`code object passed to ${name}() may not contain free variables`);
  let f: Frame;
  if (code.nargs !== 0) {
    // PyEval_EvalCode binds the code's parameters as a call with no arguments would: required
    // ones are missing (the error names co_name), *args and **kwargs are empty
    f = makeFrame(new PyFunction(code, globals, code.co.co_name), undefined, [], null);
    f.locals = locals;
  } else {
    f = new Frame(code, globals, builtinsFor(globals), locals);
    for (let i = 0; i < code.co.co_cellvars.length; i++) f.cells.push(new PyCell());
  }
  // code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT (or any generator code) is not run: as for a
  // call, its frame becomes a coroutine/generator, named after the code (exec drops it)
  const flags = code.co.co_flags;
  if (flags & GEN_FLAGS) {
    const cls = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
    const g = new PyGen(cls, f, code.co.co_name, code.co.co_name);
    f.gen = g;
    if (interp.coroOriginDepth !== 0 && cls === CoroutineType) recordOrigin(g, interp.frame, interp.frame?.lasti ?? -1);
    return g;
  }
  return runFrame(f, null);
}

const isMapping = (x: PyObj): boolean => x instanceof PyDict || typeOf(x).lookup("__getitem__") !== undefined;

/** exec(source, globals=None, locals=None) and eval(source, globals=None, locals=None). */
export function execEval(name: "exec" | "eval", args: PyObj[], kw: readonly string[] | null): PyObj {
  const [src, g, l] = bindArgs(name, args, kw, ["source", "globals", "locals"], 1, 3);
  const caller = currentFrame();
  const gArg = g ?? None;
  let lArg = l ?? None;
  if (name === "eval") {
    if (lArg !== None && !isMapping(lArg)) throw typeError("locals must be a mapping");
    if (gArg !== None && !(gArg instanceof PyDict)) {
      throw typeError(isMapping(gArg) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
    }
  }
  let globals: PyDict;
  if (gArg === None) {
    if (caller === null) throw newExc(RuntimeError, "no frame");
    globals = caller.globals;
    if (lArg === None) lArg = frameLocals(caller);
  } else {
    if (!(gArg instanceof PyDict)) throw typeError(`exec() globals must be a dict, not ${typeOf(gArg).name}`);
    globals = gArg;
    if (lArg === None) lArg = gArg;
  }
  if (name === "exec" && !isMapping(lArg)) throw typeError(`locals must be a mapping or None, not ${typeOf(lArg).name}`);
  let code: PyCode;
  if (src instanceof PyCode) code = src;
  else {
    let text = sourceText(src!, name, "string, bytes or code");
    if (name === "eval") text = typeof text === "string" ? text.replace(/^[ \t]+/, "") : text.subarray(leadingBlanks(text));
    code = compileText(text, "<string>", name === "exec" ? "exec" : "eval", inheritedFlags(), -1) as PyCode;
  }
  const r = runCode(code, globals, lArg, name);
  return name === "exec" ? None : r;
}

function leadingBlanks(b: Uint8Array): number {
  let i = 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09)) i++;
  return i;
}
