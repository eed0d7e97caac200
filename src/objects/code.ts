// The code object as the runtime sees it (Objects/codeobject.c): a CodeObject (src/bytecode) with
// its constants converted once to runtime values, its instructions decoded to (opcode, arg) with
// EXTENDED_ARG folded in, and the line table expanded for traceback lookups. co_* attributes are
// exposed to Python from the wrapped CodeObject.
import { PyObject, type PyObj } from "./object.ts";
import { CodeType, None, Ellipsis } from "./builtin-types.ts";
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
defMethods(CodeType, [
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
