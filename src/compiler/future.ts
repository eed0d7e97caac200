// `from __future__ import ...` at the top of a module: which features it turns on, and the
// SyntaxErrors for unknown features. CPython 3.10's Python/future.c (future_parse,
// future_check_features). Only barry_as_FLUFL and annotations change compilation in 3.10; the
// older features are accepted and ignored. A future import after other statements on a later
// line is the code generator's error (compiler_from_import compares with `lineno`), so this file
// only raises it for one on the same line, as CPython does.
import type * as A from "../parser/ast-nodes.ts";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from "../bytecode/flags.ts";
import { isStrConstant } from "../bytecode/constants.ts";
import { PyError } from "../support/py-error.ts";

/** PyFutureFeatures */
export interface FutureFeatures {
  /** ff_features: CO_FUTURE_* flags. */
  features: number;
  /** ff_lineno: line of the last future import (-1 if none). */
  lineno: number;
}

/** The features Python 3.10 accepts, with the flag each one sets (0: accepted, no effect). */
const FEATURES: ReadonlyMap<string, number> = new Map([
  ["nested_scopes", 0],
  ["generators", 0],
  ["division", 0],
  ["absolute_import", 0],
  ["with_statement", 0],
  ["print_function", 0],
  ["unicode_literals", 0],
  ["barry_as_FLUFL", CO_FUTURE_BARRY_AS_BDFL],
  ["generator_stop", 0],
  ["annotations", CO_FUTURE_ANNOTATIONS],
]);

/** The CO_FUTURE_* flags of the module's future imports. */
export function parseFuture(mod: A.mod, filename: string): number {
  return futureFeatures(mod, filename).features;
}

/** _PyFuture_FromAST */
export function futureFeatures(mod: A.mod, filename: string): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  const body = mod.body;
  let i = hasDocstring(body) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      // A future import after another statement joined by `;` on the same line.
      // (CPython gives this one the 0-based column as the offset.)
      if (done) throw syntaxError("from __future__ imports must occur at the beginning of the file", filename, s.lineno, s.col_offset);
      checkFeatures(ff, s, filename);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

function checkFeatures(ff: FutureFeatures, s: A.ImportFrom, filename: string): void {
  for (const alias of s.names) {
    const flag = FEATURES.get(alias.name);
    if (flag !== undefined) {
      ff.features |= flag;
    } else if (alias.name === "braces") {
      throw syntaxError("not a chance", filename, s.lineno, s.col_offset + 1);
    } else {
      throw syntaxError(`future feature ${truncateUtf8(alias.name, 100)} is not defined`, filename, s.lineno, s.col_offset + 1);
    }
  }
}

/** _PyAST_GetDocString: the body starts with a string constant expression. */
function hasDocstring(body: A.stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first._type === "Expr" && first.value._type === "Constant" && isStrConstant(first.value.value);
}

/** PyErr_SyntaxLocationObject: a position without an end column. */
function syntaxError(msg: string, filename: string, lineno: number, offset: number): PyError {
  return PyError.syntax("SyntaxError", msg, { filename, lineno, offset, end_lineno: lineno, end_offset: null, text: null });
}

/** `%.100s` of a UTF-8 string: at most 100 bytes (CPython may cut a character in half; we keep whole ones). */
function truncateUtf8(s: string, max: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= max) return s;
  return new TextDecoder().decode(bytes.slice(0, max)).replace(/\uFFFD$/, "");
}
