// The closed set of values a code object can hold in co_consts (and an ast.Constant can hold), as
// plain TypeScript values with exact Python types: the compiler, marshal and dis share it, and the VM
// turns these into its own objects when it loads a code object.
//
//   Python      TypeScript
//   None        null
//   bool        boolean
//   int         bigint        (any size; never a JS number, so 1 and 1.0 stay apart)
//   float       number
//   complex     PyComplex
//   str         string        (UTF-16; a lone surrogate is a lone code unit)
//               SplitStr      (a str holding a false pair: support/text/split-str.ts)
//   bytes       PyBytes
//   tuple       PyTuple
//   frozenset   PyFrozenSet
//   Ellipsis    Ellipsis
//   code        CodeObject
import type { CodeObject } from "./code.ts";
import { bytesRepr, codePointsRepr, complexRepr, floatRepr, strRepr } from "../support/repr.ts";
import { SplitStr, textCodePoints } from "../support/text/split-str.ts";

export class PyComplex {
  constructor(
    readonly real: number,
    readonly imag: number,
  ) {}
}

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

export class PyTuple {
  constructor(readonly items: readonly PyConstant[]) {}
}

/**
 * Elements in the order CPython 3.10 (64-bit) would iterate them. `buildOrder` is the order in which
 * CPython added them to its table: adding them again in that order rebuilds the same table (adding
 * `items` may not, when hashes collide), so the VM builds its frozenset from it.
 */
export class PyFrozenSet {
  constructor(
    readonly items: readonly PyConstant[],
    readonly buildOrder: readonly PyConstant[] = items,
  ) {}
}

export class PyEllipsis {
  private constructor() {}
  static readonly instance = new PyEllipsis();
}
export const Ellipsis = PyEllipsis.instance;

export type PyConstant =
  | null
  | boolean
  | bigint
  | number
  | string
  | SplitStr
  | PyComplex
  | PyBytes
  | PyTuple
  | PyFrozenSet
  | PyEllipsis
  | CodeObject;

/** Is the constant a str (a plain string, or a SplitStr holding a false pair)? */
export const isStrConstant = (v: unknown): v is string | SplitStr => typeof v === "string" || v instanceof SplitStr;

/** The name of a constant's Python type. */
export function constTypeName(v: PyConstant): string {
  if (v === null) return "NoneType";
  switch (typeof v) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  if (v instanceof SplitStr) return "str";
  if (v instanceof PyComplex) return "complex";
  if (v instanceof PyBytes) return "bytes";
  if (v instanceof PyTuple) return "tuple";
  if (v instanceof PyFrozenSet) return "frozenset";
  if (v instanceof PyEllipsis) return "ellipsis";
  return "code";
}

/** PyObject_IsTrue of a constant. */
export function constIsTrue(v: PyConstant): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean": return v;
    case "bigint": return v !== 0n;
    case "number": return v !== 0; // NaN is true
    case "string": return v.length > 0;
  }
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyTuple || v instanceof PyFrozenSet) return v.items.length > 0;
  return true; // Ellipsis, code objects
}

/** repr() of a constant that holds no other object, or null for tuples, frozensets and code objects. */
export function scalarRepr(v: PyConstant): string | null {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "number": return floatRepr(v);
    case "string": return strRepr(v);
  }
  if (v instanceof SplitStr) return codePointsRepr(textCodePoints(v));
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.bytes);
  if (v instanceof PyEllipsis) return "Ellipsis";
  return null;
}
