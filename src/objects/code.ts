// The code object as the runtime sees it (Objects/codeobject.c): a CodeObject (src/bytecode) with
// its constants converted once to runtime values, its instructions decoded to (opcode, arg) with
// EXTENDED_ARG folded in, and the line table expanded for traceback lookups. co_* attributes are
// exposed to Python from the wrapped CodeObject.
import { PyObject, type PyObj } from "./object.ts";
import type { Frame } from "./frame.ts";
import { CodeType, None, Ellipsis, NotImplemented, BytesType, StrType } from "./builtin-types.ts";
import { CodeObject, type CodeFields } from "../bytecode/code.ts";
import { Ellipsis as ConstEllipsis, PyBytes, PyComplex, PyFrozenSet, PyTuple as ConstTuple, type PyConstant } from "../bytecode/constants.ts";
import { ArgKind, EXTENDED_ARG, HAVE_ARGUMENT, Op, opinfo } from "../bytecode/opcodes.ts";
import { CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED } from "../bytecode/flags.ts";
import { lineNumbers } from "../bytecode/linetable.ts";
import { stackHeights } from "../bytecode/stack-heights.ts";
import { ownableSlots, releasingStores } from "../bytecode/owned-slots.ts";
import { PyFloat, PyBytesObj, PyComplexObj, PySplitStr } from "./boxes.ts";
import { SplitStr } from "../support/text/split-str.ts";
import { tuple } from "./tuple.ts";
import { PySet } from "./set.ts";
import { FrozenSetType } from "./builtin-types.ts";
import { latin1, normInt } from "../support/text/index.ts";
import { asMembers, defGetters, defMethods } from "./function.ts";
import { PyBytesObj as B } from "./boxes.ts";
import { typeError as typeErrorOf, newExc as newExcOf, OverflowError as OverflowErrorT, SystemError as SystemErrorT, ValueError as ValueErrorT } from "./exceptions.ts";
import { PyTuple as PyTupleRef } from "./tuple.ts";
import { typeOf as typeOfRef, toArray as toArrayRef } from "./protocols.ts";
import { typeSizes } from "./type-sizes.ts";

/** Compiled code (src/vm/jit/emit.ts): runs a frame from f.pc; returns a frame it called, for the loop to enter, or null. */
export interface CompiledCode {
  /** null: the frame was given back to runFrame; else a frame pushed for runFrame's loop, or a sentinel (jit/runtime.ts: RAISED, RETURNED, YIELDED). */
  run: (f: Frame) => Frame | null;
  /** The value-stack height at a throw from each instruction, for unwinding (-1: the frame's sp). */
  throwSp: Int32Array;
}

/** What ops[] holds for an instruction whose argument is out of range: no opcode of 3.10's has the number. */
const BAD_OPERAND = 0;

/** What is wrong with the argument of instruction `i` (`op`, `arg`) of a code of `n` instructions, or null. */
function badOperand(co: CodeObject, ncells: number, i: number, op: number, arg: number, n: number): string | null {
  const info = opinfo[op];
  if (info === undefined) return null;
  let count: number;
  let what: string;
  switch (info.arg) {
    case ArgKind.Const: count = co.co_consts.length; what = "constant"; break;
    case ArgKind.Name: count = co.co_names.length; what = "name"; break;
    case ArgKind.Local: count = co.co_varnames.length; what = "local variable"; break;
    case ArgKind.Free: count = ncells; what = "cell"; break;
    case ArgKind.JumpRelative:
    case ArgKind.JumpAbsolute: {
      const target = info.arg === ArgKind.JumpAbsolute ? arg : i + 1 + arg;
      return target < n ? null : `${info.name} at offset ${2 * i} jumps to offset ${2 * target}, past the end of the code (${2 * n} bytes)`;
    }
    default: return null;
  }
  return arg < count ? null : `${info.name} at offset ${2 * i} refers to ${what} ${arg}, of ${count}`;
}

export class PyCode extends PyObject {
  consts: PyObj[];
  /** ops[i], args[i]: instruction i (2-byte unit), EXTENDED_ARG already applied to the next op. */
  ops: Uint8Array;
  args: Int32Array;
  /** Line number of each instruction (-1 when none), from co_linetable; decoded by lineAt. */
  private lines: Int32Array | null;
  /** Per-instruction cache slot for LOAD_GLOBAL / LOAD_ATTR. */
  cache: unknown[];
  cellIndex: number[];
  /** Arguments a frame binds: co_argcount + co_kwonlyargcount, plus *args and **kwargs if present. */
  nargs: number;
  /**
   * A call with exactly co_argcount positional arguments only copies them into the fast locals:
   * no keyword-only parameters, no *args or **kwargs.
   */
  simpleArgs: boolean;
  /** The parameters are positional ones and *args (no keyword-only ones, no **kwargs). */
  starArgsOnly: boolean;
  /**
   * Code without CO_OPTIMIZED (module or class-body code made a function, `FunctionType(compile(...),
   * g)`): a call's frame has the globals as its locals (3.10's _PyFunction_Vectorcall passes them).
   * Such code is bound by call.ts's general path.
   */
  callLocals: boolean;
  /** Cells of a frame: co_cellvars then co_freevars. */
  ncells: number;
  /** Some instruction pushes a block (SETUP_*): frames of code without one share empty block stacks. */
  hasBlocks: boolean;
  /** The compiled tier's function for this code once it is hot (src/vm/jit), or null. */
  jit: CompiledCode | null = null;
  /** Entries and backward jumps counted toward compiling it (src/vm/jit/tier.ts). */
  heat = 0;
  /** Frames of this code that returned unseen, ready for the next calls: the first and how many (Frame.retire). */
  spare: Frame | null = null;
  spares = 0;
  /**
   * Instructions whose argument points past the table it indexes or past the code (a co_code given
   * by hand to code.replace() or types.CodeType; CPython reads out of bounds there), by index, with
   * what is wrong: each is decoded as BAD_OPERAND, which raises SystemError saying so if it runs.
   * Null when there is none, as in all compiled code.
   */
  badOperands: Map<number, string> | null = null;
  /**
   * Which fast locals can own a generator (src/bytecode/owned-slots.ts), found at the first
   * generator made right before a STORE_FAST; none for hand-made bytecode, whose instruction
   * sequences the compiler's patterns do not vouch for.
   */
  private ownable: Uint8Array | null;
  /** releasingStores of the code (src/bytecode/owned-slots.ts), found at the first question. */
  private releasing: Uint8Array | null = null;
  /**
   * Whether each handler asked about may bind the exception to a name Python code reads
   * (src/vm/caught-finalize.ts bindsException), by its instruction index; true for hand-made
   * bytecode, whose handlers may do anything with it.
   */
  exceptBinds: Map<number, boolean> | true | null = null;
  /** `handMade`: co_code given by a program (code.replace(), types.CodeType), checked before it can run. */
  constructor(public co: CodeObject, handMade = false) {
    super(CodeType);
    this.consts = co.co_consts.map(constToObj);
    const code = co.co_code;
    const n = code.length >> 1;
    const ops = (this.ops = new Uint8Array(n));
    const args = (this.args = new Int32Array(n));
    let ext = 0;
    let hasBlocks = false;
    for (let i = 0; i < n; i++) {
      const op = code[2 * i];
      const arg = code[2 * i + 1] | ext;
      ops[i] = op;
      args[i] = op >= HAVE_ARGUMENT ? arg : 0;
      ext = op === EXTENDED_ARG ? arg << 8 : 0;
      if (op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH) hasBlocks = true;
    }
    const ncells = co.co_cellvars.length + co.co_freevars.length;
    for (let i = 0; i < n; i++) {
      const why = badOperand(co, ncells, i, ops[i]!, args[i]!, n);
      if (why === null) continue;
      (this.badOperands ??= new Map()).set(i, why);
      ops[i] = BAD_OPERAND;
    }
    // Bytecode a program made is checked as a whole before its first instruction runs (CPython would
    // run it, reading or writing outside the frame's value stack): it fails there, saying why.
    if (handMade && n !== 0 && (this.badOperands !== null || stackHeights(ops, args, co.co_stacksize, true) === null)) {
      const first = this.badOperands?.values().next().value ?? "the bytecode does not add up: its value stack would go below empty or past co_stacksize, or paths meet at different heights";
      (this.badOperands ??= new Map()).set(0, first);
      ops[0] = BAD_OPERAND;
    }
    this.hasBlocks = hasBlocks;
    this.lines = null;
    // Holds any value from the start (HOLEY_ELEMENTS, by storing undefined), as the frame's arrays
    // do: a fresh small-integer-kind array met by LOAD_GLOBAL's optimised code deoptimised the loop.
    const cache: unknown[] = new Array(n);
    if (n !== 0) cache[0] = undefined;
    this.cache = cache;
    // cell variables that are also arguments (cell2arg)
    this.cellIndex = co.co_cellvars.length === 0 ? NO_CELLS : co.co_cellvars.map((c) => co.co_varnames.indexOf(c));
    const varargs = co.co_flags & (CO_VARARGS | CO_VARKEYWORDS);
    this.nargs = co.co_argcount + co.co_kwonlyargcount + (co.co_flags & CO_VARARGS ? 1 : 0) + (co.co_flags & CO_VARKEYWORDS ? 1 : 0);
    this.callLocals = (co.co_flags & CO_OPTIMIZED) === 0;
    this.simpleArgs = co.co_kwonlyargcount === 0 && varargs === 0 && !this.callLocals;
    this.starArgsOnly = co.co_kwonlyargcount === 0 && varargs === CO_VARARGS && !this.callLocals;
    this.ncells = ncells;
    this.ownable = handMade ? new Uint8Array(co.co_nlocals) : null;
    if (handMade) this.exceptBinds = true;
  }
  /** OWNABLE / VIA_NEXT flags of fast local k (src/bytecode/owned-slots.ts). */
  ownableSlot(k: number): number {
    const co = this.co;
    return (this.ownable ??= ownableSlots(this.ops, this.args, co.co_names, co.co_nlocals))[k]!;
  }
  /**
   * Whether instruction i is a STORE_FAST or DELETE_FAST that lets go of a generator its local
   * owned (releasingStores). The compiled tier checks only these stores.
   */
  releasingStore(i: number): boolean {
    if (this.releasing === null) {
      this.ownableSlot(0);
      this.releasing = releasingStores(this.ops, this.args, this.co.co_stacksize, this.ownable!);
    }
    return this.releasing[i] === 1;
  }
  /** The line of the instruction at byte offset `lasti`, or -1 when it has none. */
  lineAt(lasti: number): number {
    // Decoded at the first question: most code loaded by an import never runs, or never asks.
    const lines = (this.lines ??= lineNumbers(this.co.co_linetable, this.co.co_firstlineno, this.ops.length));
    const i = lasti >> 1;
    return i >= 0 && i < lines.length ? lines[i] : -1;
  }
}

const NO_CELLS: number[] = [];

/** The VM's code object for `co`, made at the first call and the same one at every later call. */
export function wrapCode(co: CodeObject, handMade = false): PyCode {
  if (co.runtime instanceof PyCode) return co.runtime;
  // the outermost call owns the unit's constant table; nested code objects share it
  const outer = unitConsts === null;
  if (outer) unitConsts = new Map();
  try {
    const c = new PyCode(co, handMade);
    co.runtime = c;
    return c;
  } finally {
    if (outer) unitConsts = null;
  }
}

/**
 * Equal constants of one code object tree are one object, as CPython's compiler merges a
 * compilation unit's constants (merge_consts_recursive), tuples and frozensets item by item:
 * `(b"x",) * 2` folds to a tuple holding one bytes object twice, a function returning (1, 2)
 * returns the module's (1, 2), and ((1, 2), (1, 2)) holds one tuple twice, so `is` and pickle's
 * memo (keyed by id) see what they see in CPython. Set while wrapCode runs.
 */
let unitConsts: Map<string, PyObj> | null = null;

function unitConst(key: string | null, make: () => PyObj): PyObj {
  if (unitConsts === null || key === null) return make();
  let v = unitConsts.get(key);
  if (v === undefined) unitConsts.set(key, (v = make()));
  return v;
}

/** The unit-cache key of a float: -0.0 apart from 0.0; NaNs are never merged (CPython keys them by identity). */
const floatKey = (v: number): string | null => (Number.isNaN(v) ? null : Object.is(v, -0) ? "f-0" : `f${v}`);

/**
 * The unit-cache key of a constant, typed as _PyCode_ConstantKey types it ((1,), (1.0,) and
 * (True,) stay apart), each item's key self-delimiting; null for what is never merged (a NaN, a
 * code object, a str holding a false pair) and for tuples and frozensets holding one.
 */
function constKey(c: PyConstant): string | null {
  if (c === null) return "N";
  switch (typeof c) {
    case "boolean":
      return c ? "T" : "F";
    case "string":
      return `s${c.length}:${c}`;
    case "bigint":
      return `i${c}`;
    case "number":
      return floatKey(c);
  }
  if (c === ConstEllipsis) return "E";
  if (c instanceof PyBytes) return `b${c.bytes.length}:${latin1(c.bytes)}`;
  if (c instanceof PyComplex) {
    const re = floatKey(c.real);
    const im = floatKey(c.imag);
    return re === null || im === null ? null : `c${re},${im}`;
  }
  if (c instanceof ConstTuple || c instanceof PyFrozenSet) {
    const keys: string[] = [];
    for (const item of c.items) {
      const k = constKey(item);
      if (k === null) return null;
      keys.push(k);
    }
    // a frozenset's key is the set of its items' keys
    return c instanceof ConstTuple ? `t(${keys.join(",")})` : `z(${keys.sort().join(",")})`;
  }
  return null;
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
      return unitConst(floatKey(c), () => new PyFloat(c));
  }
  if (c === ConstEllipsis) return Ellipsis;
  if (c instanceof SplitStr) return new PySplitStr(c);
  if (c instanceof ConstTuple) return c.items.length === 0 ? tuple([]) : unitConst(constKey(c), () => tuple(c.items.map(constToObj)));
  if (c instanceof PyBytes) return unitConst(constKey(c), () => new PyBytesObj(c.bytes));
  if (c instanceof PyComplex) return unitConst(constKey(c), () => new PyComplexObj(c.real, c.imag));
  if (c instanceof PyFrozenSet) {
    return unitConst(constKey(c), () => {
      const s = new PySet(FrozenSetType);
      for (const x of c.buildOrder) s.add(constToObj(x));
      return s;
    });
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
  if (x instanceof PySplitStr && x.cls === StrType) return x.text;
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

// ---- code(...) and code.replace(...) -------------------------------------------------------------
type FieldKind = "int" | "bytes" | "str" | "consts" | "names";
/** code()'s positional parameters in order (3.10's code_new); the last two are optional. */
const CODE_FIELDS: [keyof CodeFields, FieldKind][] = [
  ["co_argcount", "int"], ["co_posonlyargcount", "int"], ["co_kwonlyargcount", "int"], ["co_nlocals", "int"], ["co_stacksize", "int"],
  ["co_flags", "int"], ["co_code", "bytes"], ["co_consts", "consts"], ["co_names", "names"], ["co_varnames", "names"],
  ["co_filename", "str"], ["co_name", "str"], ["co_firstlineno", "int"], ["co_linetable", "bytes"], ["co_freevars", "names"], ["co_cellvars", "names"],
];

/** One argument of code() or code.replace(), with the messages of their argument parsers. */
function codeField(fname: string, label: string, kind: FieldKind, v: PyObj): unknown {
  const t = typeOfRef(v);
  switch (kind) {
    case "int": {
      if (typeof v === "boolean") return v ? 1 : 0;
      if (typeof v === "bigint" || (typeof v === "number" && (v > 2147483647 || v < -2147483648))) throw newExcOf(OverflowErrorT, "Python int too large to convert to C int");
      if (typeof v === "number") return v;
      throw typeErrorOf(`'${t.name}' object cannot be interpreted as an integer`);
    }
    case "bytes":
      if (v instanceof PyBytesObj && t === BytesType) return v.bytes;
      throw typeErrorOf(`${fname}() ${label} must be bytes, not ${t.name}`);
    case "str":
      if (typeof v === "string") return v;
      throw typeErrorOf(`${fname}() ${label} must be str, not ${t.name}`);
    case "consts":
    case "names": {
      if (!(v instanceof PyTupleRef)) throw typeErrorOf(`${fname}() ${label} must be tuple, not ${t.name}`);
      if (kind === "names") {
        if (!v.items.every((x) => typeof x === "string")) throw newExcOf(SystemErrorT, "non-string found in code slot");
        return v.items.slice();
      }
      return v.items.map((x) => {
        const c = objToConst(x);
        if (c === undefined) throw typeErrorOf(`${fname}(): a ${typeOfRef(x).name} constant is not supported by dislab's code objects`);
        return c;
      });
    }
  }
}

/** PyCode_NewWithPosOnlyArgs' checks. */
function checkedCode(f: CodeFields): CodeObject {
  if (f.co_argcount < f.co_posonlyargcount || f.co_posonlyargcount < 0 || f.co_kwonlyargcount < 0 || f.co_nlocals < 0 || f.co_stacksize < 0 || f.co_flags < 0) {
    throw newExcOf(SystemErrorT, "bad argument to internal function");
  }
  const plain = f.co_varnames.length - f.co_argcount - f.co_kwonlyargcount - (f.co_flags & 4 ? 1 : 0) - (f.co_flags & 8 ? 1 : 0);
  if (plain < 0) throw newExcOf(ValueErrorT, "code: varnames is too small");
  // CO_NOFREE (0x40) says what the free and cell variables are, whatever the flags given
  const noFree = f.co_freevars.length === 0 && f.co_cellvars.length === 0;
  return new CodeObject({ ...f, co_flags: noFree ? f.co_flags | 0x40 : f.co_flags & ~0x40 });
}

/** code(argcount, posonlyargcount, ..., linetable, freevars=(), cellvars=(), /) */
function codeNew(args: PyObj[], kw: readonly string[] | null): PyObj {
  if (kw && kw.length) throw typeErrorOf("code() takes no keyword arguments");
  if (args.length < 14) throw typeErrorOf(`code expected at least 14 arguments, got ${args.length}`);
  if (args.length > 16) throw typeErrorOf(`code expected at most 16 arguments, got ${args.length}`);
  const f: Record<string, unknown> = { co_freevars: [], co_cellvars: [] };
  args.forEach((v, i) => (f[CODE_FIELDS[i][0]] = codeField("code", `argument ${i + 1}`, CODE_FIELDS[i][1], v)));
  return new PyCode(checkedCode(f as unknown as CodeFields), true);
}
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
// every co_* but co_lnotab (a getset computed from co_linetable) is a read-only member in 3.10
asMembers(CodeType, CODE_FIELDS.map(([name]) => name));
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

/**
 * code.__sizeof__ (64-bit 3.10): the object, plus a Py_ssize_t per cell variable when some cell is
 * also an argument (co_cell2arg). The opcache CPython adds after 1024 runs is not modelled.
 */
function codeSizeof(co: CodeObject): number {
  const nargs = co.co_argcount + co.co_kwonlyargcount + (co.co_flags & CO_VARARGS ? 1 : 0) + (co.co_flags & CO_VARKEYWORDS ? 1 : 0);
  const args = co.co_varnames.slice(0, nargs);
  const cellIsArg = co.co_cellvars.some((c) => args.includes(c));
  return typeSizes(CodeType)[0] + (cellIsArg ? 8 * co.co_cellvars.length : 0);
}

defMethods(CodeType, [
  ["__new__", (_cls, args, kw) => codeNew(args, kw)],
  ["__sizeof__", (s) => codeSizeof(C(s)), 0, 0],
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
    kw?.forEach((name, i) => {
      const spec = CODE_FIELDS.find((f) => f[0] === name);
      if (spec === undefined) throw typeErrorOf(`'${name}' is an invalid keyword argument for replace()`);
      changes[name] = codeField("replace", `argument '${name}'`, spec[1], args[i]);
    });
    return wrapCode(checkedCode({ ...C(s).fields(), ...changes } as CodeFields), true);
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
