// What code generation hands to the flow-graph optimiser and the assembler: a compiler unit (one
// code object being built) holding basic blocks of instructions, and the tables of constants and
// names. This is CPython 3.10's `struct compiler_unit` / `basicblock` / `struct instr`
// (Python/compile.c) as TypeScript data; codegen fills it, flowgraph.ts and assembler.ts consume it.
// Constants are deduplicated by CPython's _PyCode_ConstantKey, so `0`, `0.0`, `-0.0`, `False` and
// `0j` are five entries while two equal tuples (or two equal code objects) are one.
import { CodeObject } from "../bytecode/code.ts";
import { PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { constantKeysEqual } from "../bytecode/frozenset.ts";
import { SplitStr } from "../support/text/split-str.ts";
import { Op } from "../bytecode/opcodes.ts";
import type { SymbolTableEntry } from "./symtable-entry.ts";

/** struct instr: one instruction; `target` is set for jumps (the oparg is computed by the assembler). */
export interface Instr {
  opcode: Op;
  oparg: number;
  target: BasicBlock | null;
  /** Source line, or -1 for an artificial instruction without one. */
  lineno: number;
}

/** basicblock: a run of instructions entered only at the top. */
export class BasicBlock {
  readonly instrs: Instr[] = [];
  /** b_next: the block control falls into after this one (null at the end). */
  next: BasicBlock | null = null;
  // Scratch fields for flowgraph.ts / assembler.ts (b_startdepth, b_offset, ...): they own them.
  startdepth = Number.MIN_SAFE_INTEGER;
  offset = 0;
  predecessors = 0;
  visited = false;
  /** b_exit: ends in RETURN_VALUE / RAISE_VARARGS / RERAISE (set by the optimiser). */
  exit = false;
  /** b_return: the block ends with RETURN_VALUE. */
  return = false;
  /** b_nofallthrough: control never flows to `next`. */
  nofallthrough = false;
}

/**
 * Most tables of a unit hold a handful of entries (a function's names, cells, constants), and a
 * Map per table was a tenth of codegen's garbage: up to LINEAR_MAX entries a table is searched in
 * order, and only a larger one builds its Map.
 */
const LINEAR_MAX = 8;

/** An insertion-ordered table of names mapping each to its index (CPython keeps these as dicts). */
export class NameTable {
  private index: Map<string, number> | null = null;
  readonly values: string[] = [];

  get size(): number {
    return this.values.length;
  }

  /** The index of `name`, adding it if absent. */
  add(name: string): number {
    let i = this.get(name);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(name);
      if (this.index !== null) this.index.set(name, i);
      else if (i === LINEAR_MAX) {
        const index = new Map<string, number>();
        for (let k = 0; k <= i; k++) index.set(this.values[k], k);
        this.index = index;
      }
    }
    return i;
  }

  get(name: string): number | undefined {
    if (this.index !== null) return this.index.get(name);
    const i = this.values.indexOf(name);
    return i < 0 ? undefined : i;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

/**
 * Constants keyed as _PyCode_ConstantKey keys them. Most constants are strs, ints and code
 * objects, so those are found without a key string built per lookup: a str and an int are their
 * own keys (and nothing else in the table is === to one, so a small table is searched with
 * indexOf), and code objects (nested functions, lambdas, comprehensions) are bucketed by their
 * first line and compared as code_richcompare compares them (building a key for each one wrote
 * out its bytecode and constants, a tenth of compile time). Other constants go by constantKey.
 */
export class ConstTable {
  readonly values: PyConstant[] = [];
  /** str and int constants -> index, once the table outgrows LINEAR_MAX. */
  private prims: Map<string | bigint, number> | null = null;
  /** co_firstlineno -> indices of the code objects with that first line. */
  private codes: Map<number, number[]> | null = null;
  /** constantKey of the other constants, and their indices (a Map past LINEAR_MAX of them). */
  private readonly otherKeys: string[] = [];
  private readonly otherIndices: number[] = [];
  private others: Map<string, number> | null = null;

  /** `codeKeys` is shared by the units of one compilation (see codeKey). */
  constructor(private readonly codeKeys: CodeKeyTable = new Map()) {}

  get size(): number {
    return this.values.length;
  }

  addConst(value: PyConstant): number {
    if (typeof value === "string" || typeof value === "bigint") {
      let i: number | undefined;
      if (this.prims !== null) i = this.prims.get(value);
      else {
        const k = this.values.indexOf(value);
        if (k >= 0) return k;
      }
      if (i === undefined) {
        i = this.push(value);
        if (this.prims !== null) this.prims.set(value, i);
        else if (i >= LINEAR_MAX) this.indexPrims();
      }
      return i;
    }
    if (value instanceof CodeObject) {
      const codes = (this.codes ??= new Map());
      const bucket = codes.get(value.co_firstlineno);
      let i = bucket === undefined ? undefined : this.findCode(bucket, value);
      if (i === undefined) {
        i = this.push(value);
        if (bucket === undefined) codes.set(value.co_firstlineno, [i]);
        else bucket.push(i);
      }
      return i;
    }
    const key = constantKey(value, this.codeKeys);
    if (this.others !== null) {
      let i = this.others.get(key);
      if (i === undefined) this.others.set(key, (i = this.push(value)));
      return i;
    }
    const keys = this.otherKeys;
    const k = keys.indexOf(key);
    if (k >= 0) return this.otherIndices[k];
    const i = this.push(value);
    keys.push(key);
    this.otherIndices.push(i);
    if (keys.length > LINEAR_MAX) {
      const others = new Map<string, number>();
      for (let n = 0; n < keys.length; n++) others.set(keys[n], this.otherIndices[n]);
      this.others = others;
    }
    return i;
  }

  private indexPrims(): void {
    const prims = new Map<string | bigint, number>();
    const values = this.values;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (typeof v === "string" || typeof v === "bigint") prims.set(v, k);
    }
    this.prims = prims;
  }

  private findCode(bucket: number[], c: CodeObject): number | undefined {
    for (const i of bucket) if (constantKeysEqual(this.values[i], c)) return i;
    return undefined;
  }

  /** Appends a value that is in none of the tables yet; its index. */
  private push(value: PyConstant): number {
    this.values.push(value);
    return this.values.length - 1;
  }
}

/**
 * _PyCode_ConstantKey as a string: equal strings exactly when CPython's keys compare equal.
 * None, Ellipsis, int, str and code objects are their own key (code objects compare by content
 * but not by filename or line table, as code_richcompare does); bool, bytes and float carry their
 * type, and a float/complex keeps the sign of its zeros. `codeKeys` is needed only for a code
 * object whose key was not computed yet.
 */
export function constantKey(v: PyConstant, codeKeys: CodeKeyTable | null): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean": return v ? "T" : "F";
    case "bigint": return `i${v}`;
    case "number": return `f${floatKey(v)}`;
    case "string": return `s${v.length}:${v}`;
  }
  if (v instanceof PyEllipsis) return "E";
  if (v instanceof SplitStr) return `S${v.cuts.join(",")}:${v.units}`;
  if (v instanceof PyComplex) return `c${floatKey(v.real)},${floatKey(v.imag)}`;
  if (v instanceof PyBytes) return `b${v.bytes.length}:${latin1(v.bytes)}`;
  if (v instanceof PyTuple) return `t(${v.items.map((x) => constantKey(x, codeKeys)).join(";")})`;
  if (v instanceof PyFrozenSet) return `z{${v.items.map((x) => constantKey(x, codeKeys)).sort().join(";")}}`;
  return codeKey(v, codeKeys);
}

function floatKey(x: number): string {
  // NaN != NaN in CPython, so no two NaN constants share an entry unless they are one object; the
  // compiler never makes two from one literal, so giving each NaN key a unique suffix is exact.
  if (Number.isNaN(x)) return `nan#${nanCounter++}`;
  return Object.is(x, -0) ? "-0" : String(x);
}
let nanCounter = 0;

/**
 * Code-object keys are hash-consed: a code object's content, with each nested code object written
 * as that one's key, maps to a short key ("C" and a number) in a table shared by one compilation,
 * so equal code objects get equal keys. Writing nested keys out in full made a key as long as
 * everything nested in it: cubic time for `lambda: lambda: ... x`, whose qualnames grow too.
 * A key, once computed, is kept with its code object; the numbers are never reused, so a code
 * object from another compilation (never a constant of this one in practice) is simply unequal.
 */
export type CodeKeyTable = Map<string, string>;
const codeKeys = new WeakMap<CodeObject, string>();
let codeKeyCount = 0;

function codeKey(c: CodeObject, table: CodeKeyTable | null): string {
  let key = codeKeys.get(c);
  if (key === undefined) {
    const list = (xs: string[]) => xs.map((s) => `${s.length}:${s}`).join(",");
    const content = `${c.co_name.length}:${c.co_name}|${c.co_argcount},${c.co_posonlyargcount},${c.co_kwonlyargcount},` +
      `${c.co_nlocals},${c.co_flags},${c.co_firstlineno}|${latin1(c.co_code)}|` +
      `${c.co_consts.map((x) => constantKey(x, table)).join(";")}|${list(c.co_names)}|${list(c.co_varnames)}|` +
      `${list(c.co_freevars)}|${list(c.co_cellvars)}`;
    table ??= new Map();
    key = table.get(content);
    if (key === undefined) {
      key = `C${codeKeyCount++}`;
      table.set(content, key);
    }
    codeKeys.set(c, key);
  }
  return key;
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  // apply, not a spread: a spread walks the array through the iterator protocol (8x slower here)
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** A source span: an AST node, or a position made up for one. */
export interface Position {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

const NO_POSITION: Position = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

/** compiler_unit's u_scope_type. */
export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
}

/** struct compiler_unit: the state of one code object under construction. */
export class CompilerUnit {
  /** Blocks in allocation order (CPython links them newest-first through b_list; this is that list reversed). */
  readonly blocks: BasicBlock[] = [];
  curblock: BasicBlock;
  readonly consts: ConstTable;
  readonly names = new NameTable();
  readonly varnames = new NameTable();
  readonly cellvars = new NameTable();
  readonly freevars = new NameTable();
  /** u_argcount: positional-or-keyword parameters only (co_argcount adds posonlyargcount). */
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** u_lineno: the line given to instructions added now. */
  lineno = 0;
  /**
   * The node whose columns and end line a compiler error reports (u_col_offset, u_end_lineno,
   * u_end_col_offset; the line is `lineno`). Kept as the node rather than copied: each expression
   * visited sets it, and reading its three fields from nodes of every kind was a cost of its own.
   */
  loc: Position = NO_POSITION;
  /** co_flags, computed by codegen (compute_code_flags) before assembly. */
  flags = 0;
  /** u_private: the class name used for name mangling, or null. */
  private_: string | null = null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly scopeType: ScopeType,
    readonly name: string,
    public qualname: string | null,
    public firstlineno: number,
    /** Shared by the units of one compilation (see codeKey). */
    codeKeys: CodeKeyTable = new Map(),
  ) {
    this.consts = new ConstTable(codeKeys);
    this.curblock = this.newBlock();
  }

  /** compiler_new_block */
  newBlock(): BasicBlock {
    const b = new BasicBlock();
    this.blocks.push(b);
    return b;
  }

  /** compiler_use_next_block: `block` becomes current and the current block falls into it. */
  useNextBlock(block: BasicBlock): BasicBlock {
    this.curblock.next = block;
    this.curblock = block;
    return block;
  }

  /** compiler_next_block: start a fresh block that the current one falls into. */
  nextBlock(): BasicBlock {
    return this.useNextBlock(this.newBlock());
  }

  /** compiler_addop / compiler_addop_i / compiler_addop_j with the current line. */
  addOp(opcode: Op, oparg = 0, target: BasicBlock | null = null): void {
    this.curblock.instrs.push({ opcode, oparg, target, lineno: this.lineno });
    // The assembler adds the implicit `return None` only when the current block has no return.
    if (opcode === Op.RETURN_VALUE) this.curblock.return = true;
  }
}

/** What the assembler needs besides the unit. */
export interface AssembleContext {
  filename: string;
  /** Add `LOAD_CONST None; RETURN_VALUE` when the last block does not return (modules, functions). */
  addNone: boolean;
}

export type { CodeObject };
