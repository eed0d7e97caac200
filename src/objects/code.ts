// The code object as the runtime sees it (Objects/codeobject.c): a CodeObject (src/bytecode) with
// its constants converted once to runtime values, its instructions decoded to (opcode, arg) with
// EXTENDED_ARG folded in, and the line table expanded for traceback lookups. co_* attributes are
// exposed to Python from the wrapped CodeObject.
import { PyObject, type PyObj } from "./object.ts";
import { CodeType, None, Ellipsis, NotImplemented } from "./builtin-types.ts";
import { CodeObject } from "../bytecode/code.ts";
import { Ellipsis as ConstEllipsis, PyBytes, PyComplex, PyFrozenSet, PyTuple as ConstTuple, type PyConstant } from "../bytecode/constants.ts";
import { EXTENDED_ARG, HAVE_ARGUMENT } from "../bytecode/opcodes.ts";
import { PyFloat, PyBytesObj, PyComplexObj } from "./boxes.ts";
import { tuple } from "./tuple.ts";
import { PySet } from "./set.ts";
import { FrozenSetType } from "./builtin-types.ts";
import { normInt } from "../support/text/index.ts";
import { defGetters, defMethods } from "./function.ts";
import { PyBytesObj as B } from "./boxes.ts";
import { typeError as typeErrorOf } from "./exceptions.ts";
import { PyTuple as PyTupleRef } from "./tuple.ts";
import { typeOf as typeOfRef, toArray as toArrayRef } from "./protocols.ts";

export class PyCode extends PyObject {
  consts: PyObj[];
  /** ops[i], args[i]: instruction i (2-byte unit), EXTENDED_ARG already applied to the next op. */
  ops: Uint8Array;
  args: Int32Array;
  /** Line number of each instruction (-1 when none), from co_linetable. */
  lines: Int32Array;
  /** Per-instruction cache slot for LOAD_GLOBAL / LOAD_ATTR. */
  cache: unknown[];
  cellIndex: number[];
  constructor(public co: CodeObject) {
    super(CodeType);
    this.consts = co.co_consts.map(constToObj);
    const code = co.co_code;
    const n = code.length >> 1;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = code[2 * i];
      const arg = code[2 * i + 1] | ext;
      this.ops[i] = op;
      this.args[i] = op >= HAVE_ARGUMENT ? arg : 0;
      ext = op === EXTENDED_ARG ? arg << 8 : 0;
    }
    this.lines = new Int32Array(n).fill(-1);
    for (const r of co.co_lines()) {
      for (let b = r.start; b < r.end; b += 2) if (b >> 1 < n) this.lines[b >> 1] = r.line ?? -1;
    }
    this.cache = new Array(n);
    // cell variables that are also arguments (cell2arg)
    this.cellIndex = co.co_cellvars.map((c) => co.co_varnames.indexOf(c));
  }
  get nargs(): number {
    return this.co.co_argcount + this.co.co_kwonlyargcount + (this.co.co_flags & 4 ? 1 : 0) + (this.co.co_flags & 8 ? 1 : 0);
  }
  lineAt(lasti: number): number {
    const i = lasti >> 1;
    return i >= 0 && i < this.lines.length ? this.lines[i] : -1;
  }
}

const codeCache = new WeakMap<CodeObject, PyCode>();
export function wrapCode(co: CodeObject): PyCode {
  let c = codeCache.get(co);
  if (!c) codeCache.set(co, (c = new PyCode(co)));
  return c;
}

export function constToObj(c: PyConstant): PyObj {
  if (c === null) return None;
  switch (typeof c) {
    case "boolean":
    case "string":
      return c;
    case "bigint":
      return normInt(c);
    case "number":
      return new PyFloat(c);
  }
  if (c === ConstEllipsis) return Ellipsis;
  if (c instanceof ConstTuple) return tuple(c.items.map(constToObj));
  if (c instanceof PyBytes) return new PyBytesObj(c.bytes);
  if (c instanceof PyComplex) return new PyComplexObj(c.real, c.imag);
  if (c instanceof PyFrozenSet) {
    const s = new PySet(FrozenSetType);
    for (const x of c.buildOrder) s.add(constToObj(x));
    return s;
  }
  if (c instanceof CodeObject) return wrapCode(c);
  return None;
}

/** The inverse of constToObj: a runtime value as a code object constant, or undefined. */
export function objToConst(x: PyObj): PyConstant | undefined {
  if (x === None) return null;
  if (x === Ellipsis) return ConstEllipsis;
  switch (typeof x) {
    case "boolean":
    case "string":
      return x;
    case "number":
      return BigInt(x);
    case "bigint":
      return x;
  }
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyComplexObj) return new PyComplex(x.real, x.imag);
  if (x instanceof PyBytesObj) return new PyBytes(x.bytes);
  if (x instanceof PyCode) return x.co;
  if (x instanceof PyTupleRef || (x instanceof PySet && x.cls === FrozenSetType)) {
    const out: PyConstant[] = [];
    for (const item of x instanceof PyTupleRef ? x.items : toArrayRef(x)) {
      const c = objToConst(item);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return x instanceof PyTupleRef ? new ConstTuple(out) : new PyFrozenSet(out);
  }
  return undefined;
}

const C = (x: PyObj) => (x as PyCode).co;
defGetters(CodeType, [
  ["co_argcount", (s) => C(s).co_argcount],
  ["co_posonlyargcount", (s) => C(s).co_posonlyargcount],
  ["co_kwonlyargcount", (s) => C(s).co_kwonlyargcount],
  ["co_nlocals", (s) => C(s).co_nlocals],
  ["co_stacksize", (s) => C(s).co_stacksize],
  ["co_flags", (s) => C(s).co_flags],
  ["co_code", (s) => new B(C(s).co_code)],
  ["co_consts", (s) => tuple((s as PyCode).consts.slice())],
  ["co_names", (s) => tuple(C(s).co_names.slice())],
  ["co_varnames", (s) => tuple(C(s).co_varnames.slice())],
  ["co_freevars", (s) => tuple(C(s).co_freevars.slice())],
  ["co_cellvars", (s) => tuple(C(s).co_cellvars.slice())],
  ["co_filename", (s) => C(s).co_filename],
  ["co_name", (s) => C(s).co_name],
  ["co_firstlineno", (s) => C(s).co_firstlineno],
  ["co_linetable", (s) => new B(C(s).co_linetable)],
  ["co_lnotab", (s) => new B(C(s).co_lnotab)],
]);
/** _PyCode_ConstantKey equality: type-strict, 0.0 and -0.0 apart, NaNs equal to themselves by bits. */
function constEq(a: PyConstant, b: PyConstant): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === "number") return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b as number));
  if (a === null || typeof a !== "object") return a === b;
  if (a instanceof CodeObject) return b instanceof CodeObject && codeEq(a, b);
  if (a instanceof PyBytes) return b instanceof PyBytes && a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  if (a instanceof PyComplex) return b instanceof PyComplex && constEq(a.real, b.real) && constEq(a.imag, b.imag);
  if (a instanceof ConstTuple) return b instanceof ConstTuple && a.items.length === b.items.length && a.items.every((x, i) => constEq(x, b.items[i]));
  if (a instanceof PyFrozenSet) return b instanceof PyFrozenSet && a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constEq(x, y)));
  return a === b;
}
const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** code_richcompare: the fields 3.10 compares (not the file name or the line table). */
function codeEq(a: CodeObject, b: CodeObject): boolean {
  return a === b || (a.co_name === b.co_name && a.co_argcount === b.co_argcount && a.co_posonlyargcount === b.co_posonlyargcount &&
    a.co_kwonlyargcount === b.co_kwonlyargcount && a.co_nlocals === b.co_nlocals && a.co_flags === b.co_flags &&
    a.co_firstlineno === b.co_firstlineno && constEq(new PyBytes(a.co_code), new PyBytes(b.co_code)) &&
    a.co_consts.length === b.co_consts.length && a.co_consts.every((x, i) => constEq(x, b.co_consts[i])) &&
    sameStrings(a.co_names, b.co_names) && sameStrings(a.co_varnames, b.co_varnames) && sameStrings(a.co_freevars, b.co_freevars) &&
    sameStrings(a.co_cellvars, b.co_cellvars));
}

defMethods(CodeType, [
  ["__eq__", (s, [o]) => (o instanceof PyCode ? codeEq(C(s), o.co) : NotImplemented), 1, 1],
  ["__ne__", (s, [o]) => (o instanceof PyCode ? !codeEq(C(s), o.co) : NotImplemented), 1, 1],
  ["__hash__", (s) => {
    // code_hash's ingredients that are cheap to hash here: name, counts, flags, first line
    const co = C(s);
    let h = 0;
    for (const ch of co.co_name) h = (Math.imul(h, 1000003) ^ ch.charCodeAt(0)) | 0;
    for (const n of [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_flags, co.co_firstlineno, co.co_code.length]) h = (Math.imul(h, 1000003) ^ n) | 0;
    return h === -1 ? -2 : h;
  }, 0, 0],
  ["__repr__", (s) => `<code object ${C(s).co_name} at ${addrOf(s)}, file "${C(s).co_filename}", line ${C(s).co_firstlineno}>`, 0, 0],
  ["replace", (s, args, kw) => {
    if (args.length !== (kw?.length ?? 0)) throw typeErrorOf("replace() takes no positional arguments");
    const changes: Record<string, unknown> = {};
    const co = C(s);
    kw?.forEach((name, i) => {
      const v = args[i];
      if (!(name in co) || typeof (co as unknown as Record<string, unknown>)[name] === "function") throw typeErrorOf(`'${name}' is an invalid keyword argument for replace()`);
      const cur = (co as unknown as Record<string, unknown>)[name];
      if (typeof cur === "number" && (typeof v === "number")) changes[name] = v;
      else if (typeof cur === "string" && typeof v === "string") changes[name] = v;
      else if (Array.isArray(cur) && name !== "co_consts" && v instanceof PyTupleRef && v.items.every((x) => typeof x === "string")) changes[name] = v.items.slice();
      else if (name === "co_consts" && v instanceof PyTupleRef) changes[name] = v.items.map((x) => {
        const c = objToConst(x);
        if (c === undefined) throw typeErrorOf(`replace(): a ${typeOfRef(x).name} in co_consts is not supported by dislab's code objects`);
        return c;
      });
      else if (cur instanceof Uint8Array && v instanceof PyBytesObj) changes[name] = v.bytes;
      else throw typeErrorOf(`replace() argument '${name}' has an unsupported value`);
    });
    return wrapCode(co.replace(changes as Partial<import("../bytecode/code.ts").CodeFields>));
  }],
  ["co_lines", (s) => {
    const items = C(s).co_lines().map((r) => tuple([r.start, r.end, r.line === null || r.line === undefined ? None : r.line]));
    return iterOf(items);
  }, 0, 0],
]);
let addrOf: (x: PyObj) => string = () => "0x0";
let iterOf: (items: PyObj[]) => PyObj = () => None;
export function setCodeHelpers(a: typeof addrOf, i: typeof iterOf): void {
  addrOf = a;
  iterOf = i;
}
