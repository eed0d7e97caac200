// The compiler's entry points: AST or source -> CodeObject, as CPython 3.10's _PyAST_Compile
// (Python/compile.c) runs it: future features, the AST optimiser, the symbol table, code
// generation (codegen/) and assembly. `optimize` is compile()'s argument: -1 means the
// interpreter's level (0 here), 1 drops asserts and makes __debug__ False, 2 also drops docstrings.
import type { CodeObject } from "../bytecode/code.ts";
import { PyCF_MASK } from "../bytecode/flags.ts";
import type * as A from "../parser/ast-nodes.ts";
import { parse } from "../parser/index.ts";
import type { SourceDecoder } from "../parser/decode.ts";
import { PyError, type PyWarning } from "../support/py-error.ts";
import { assemble } from "./assembler.ts";
import { optimizeAst } from "./ast-optimizer.ts";
import { Compiler } from "./codegen/context.ts";
import { compileModule } from "./codegen/module.ts";
import { futureFeatures } from "./future.ts";
import type { RecursionBudget } from "./recursion.ts";
import { buildSymtable } from "./symtable.ts";
import { unparseExpr } from "./unparse.ts";

export interface CompileOptions {
  filename: string;
  mode?: "exec" | "eval" | "single";
  /** compile()'s flags: future features (CO_FUTURE_*) and PyCF_* bits. */
  flags?: number;
  optimize?: number;
  warn?: (w: PyWarning) => void;
  /**
   * Line `lineno` (1-based, with its newline) of the file named `filename`, or null. CPython's
   * future, symtable and compiler errors take SyntaxError.text from the file on disk
   * (PyErr_ProgramTextObject), whatever source was compiled; without a host there is none.
   */
  programText?: (filename: string, lineno: number) => string | null;
  /** The Python stack's depth and recursion limit at the compile (recursion.ts); none: top level, limit 1000. */
  recursion?: RecursionBudget;
  /** Decodes source bytes in a codec the compiler lacks (ParseOptions.decoder). */
  decoder?: SourceDecoder;
}

/** _PyAST_Compile */
export function compileAst(mod: A.mod, options: CompileOptions): CodeObject {
  try {
    return compileChecked(mod, options);
  } catch (e) {
    const s = e instanceof PyError ? e.syntax : undefined;
    if (!s || s.text !== null || !options.programText || s.lineno < 1) throw e;
    const text = options.programText(s.filename, s.lineno);
    throw text === null ? e : new PyError((e as PyError).type, (e as PyError).pyMessage, { ...s, text });
  }
}

function compileChecked(mod: A.mod, options: CompileOptions): CodeObject {
  const filename = options.filename;
  const ff = futureFeatures(mod, filename);
  const flags = ff.features | (options.flags ?? 0);
  const optimize = options.optimize === undefined || options.optimize === -1 ? 0 : options.optimize;
  try {
    const optimized = optimizeAst(mod, { optimize, futureFlags: flags & PyCF_MASK, recursion: options.recursion });
    const st = buildSymtable(optimized, filename, flags & PyCF_MASK, options.recursion);
    const c = new Compiler(st, {
      filename, futureFlags: flags & PyCF_MASK, flags, optimize, futureLineno: ff.lineno,
      interactive: false, warn: options.warn, assemble, unparse: unparseExpr,
    });
    return compileModule(c, optimized);
  } catch (e) {
    // Deeply nested input exhausts the JavaScript stack where CPython's recursion check fires.
    if (e instanceof RangeError) throw new PyError("RecursionError", "maximum recursion depth exceeded during compilation");
    throw e;
  }
}

/** compile(source, filename, mode, flags, dont_inherit=True, optimize) */
export function compile(source: string | Uint8Array, options: CompileOptions): CodeObject {
  const mod = parse(source, { filename: options.filename, mode: options.mode ?? "exec", warn: options.warn, decoder: options.decoder });
  return compileAst(mod, options);
}

/**
 * A `programText` over a host's file reader, as PyErr_ProgramTextObject reads: the line's bytes
 * decoded as UTF-8 with replacement, universal newlines, a BOM dropped from the first line.
 */
export function programTextReader(readFile: (path: string) => Uint8Array | null): (filename: string, lineno: number) => string | null {
  return (filename, lineno) => {
    const bytes = readFile(filename);
    if (bytes === null) return null;
    const lines = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes).split(/\r\n|\r|\n/);
    const line = lines[lineno - 1];
    return line === undefined || (line === "" && lineno === lines.length) ? null : line + "\n";
  };
}
