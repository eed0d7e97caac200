// The code generator's state: CPython 3.10's `struct compiler` (Python/compile.c) with its stack of
// compiler units, the frame-block stack of each unit, the current source location (SET_LOC /
// UNSET_LOC), name resolution (compiler_nameop), closures and scope entry/exit. The visitors in the
// sibling files call these helpers the way compile.c's visitors use its ADDOP_* macros.
// Decision: a location is four numbers on the unit, saved and restored by the visitors exactly
// where compile.c does; an instruction takes `u.lineno` when it is added (-1 for artificial ones).
import type { PyConstant } from "../../bytecode/constants.ts";
import type { CodeObject } from "../../bytecode/code.ts";
import * as F from "../../bytecode/flags.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { PyError, type PyWarning } from "../../support/py-error.ts";
import { Scope, SCOPE_OFFSET, DEF_FREE_CLASS, type SymbolTable, type BlockNode } from "../symtable-entry.ts";
import { mangle } from "../symtable.ts";
import { BasicBlock, CompilerUnit, ScopeType, type AssembleContext, type CodeKeyTable, type Position } from "../unit.ts";

export { mangle };

/** CO_MAXBLOCKS */
const MAX_BLOCKS = 20;

/** compile.c's STACK_USE_GUIDELINE: above this many pushed items, build incrementally. */
export const STACK_USE_GUIDELINE = 30;

export const enum FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, AsyncComprehensionGenerator,
}

/** struct fblockinfo; `datum` is the finally body, the with statement or the handler's name. */
export interface FBlock {
  type: FBlockType;
  block: BasicBlock | null;
  exit: BasicBlock | null;
  datum: A.stmt[] | A.stmt | string | null;
}

/** A compiler unit plus the frame-block stack compile.c keeps in it (u_fblock). */
export class Unit extends CompilerUnit {
  readonly fblocks: FBlock[] = [];
}

export type Located = Position;

/** A saved location (SET_LOC's state): the instructions' line and the node errors point at. */
export interface Location { lineno: number; loc: Position }

export interface CompilerOptions {
  filename: string;
  futureFlags: number;
  /** Compiler flags merged with the future features (c_flags->cf_flags). */
  flags: number;
  optimize: number;
  /** ff_lineno: the line of the last `from __future__` import at the top of the module, or -1. */
  futureLineno: number;
  interactive: boolean;
  warn?: (w: PyWarning) => void;
  /** The back half (assembler.ts's assemble), passed in so codegen can be tested on its own. */
  assemble: (unit: CompilerUnit, ctx: AssembleContext) => CodeObject;
  /** _PyAST_ExprAsUnicode (unparse.ts), for `from __future__ import annotations`. */
  unparse: (e: A.expr) => string;
}

export class Compiler {
  u!: Unit;
  readonly stack: Unit[] = [];
  nestlevel = 0;
  interactive: boolean;
  /** Code-object constant keys of this compilation (unit.ts's codeKey). */
  private readonly codeKeys: CodeKeyTable = new Map();

  constructor(
    readonly st: SymbolTable,
    readonly options: CompilerOptions,
  ) {
    this.interactive = options.interactive;
  }

  get filename(): string { return this.options.filename; }
  get optimize(): number { return this.options.optimize; }
  get futureAnnotations(): boolean { return (this.options.futureFlags & F.CO_FUTURE_ANNOTATIONS) !== 0; }

  /** IS_TOP_LEVEL_AWAIT */
  isTopLevelAwait(): boolean {
    return (this.options.flags & F.PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === "module";
  }

  // ---- locations ----

  /** SET_LOC */
  setLoc(x: Located): void {
    const u = this.u;
    u.lineno = x.lineno;
    u.loc = x;
  }

  /** UNSET_LOC: what follows is artificial. */
  unsetLoc(): void {
    this.u.lineno = -1;
  }

  saveLoc(): Location {
    return { lineno: this.u.lineno, loc: this.u.loc };
  }

  restoreLoc(l: Location): void {
    this.u.lineno = l.lineno;
    this.u.loc = l.loc;
  }

  // ---- instructions ----

  op(opcode: Op, oparg = 0): void {
    this.u.addOp(opcode, oparg);
  }

  /** ADDOP_NOLINE */
  opNoLine(opcode: Op, oparg = 0): void {
    this.u.curblock.instrs.push({ opcode, oparg, target: null, lineno: -1 });
  }

  /** ADDOP_JUMP */
  jump(opcode: Op, target: BasicBlock): void {
    this.u.addOp(opcode, 0, target);
  }

  /** ADDOP_JUMP_NOLINE */
  jumpNoLine(opcode: Op, target: BasicBlock): void {
    this.u.curblock.instrs.push({ opcode, oparg: 0, target, lineno: -1 });
  }

  /** ADDOP_LOAD_CONST */
  loadConst(value: PyConstant): void {
    this.op(Op.LOAD_CONST, this.u.consts.addConst(value));
  }

  /** compiler_add_const */
  addConst(value: PyConstant): number {
    return this.u.consts.addConst(value);
  }

  /** ADDOP_NAME: the name is mangled, then added to co_names. */
  opName(opcode: Op, name: string): void {
    this.op(opcode, this.u.names.add(mangle(this.u.private_, name)));
  }

  /** ADDOP_N with co_names: the name as it is. */
  opRawName(opcode: Op, name: string): void {
    this.op(opcode, this.u.names.add(name));
  }

  newBlock(): BasicBlock { return this.u.newBlock(); }
  useNextBlock(b: BasicBlock): void { this.u.useNextBlock(b); }
  /** NEXT_BLOCK */
  nextBlock(): void { this.u.nextBlock(); }

  // ---- errors ----

  /** compiler_error: a SyntaxError at the current location (offsets are 1-based UTF-8 columns). */
  error(msg: string): PyError {
    const u = this.u;
    return PyError.syntax("SyntaxError", msg, {
      filename: this.filename,
      lineno: u.lineno,
      offset: u.loc.col_offset + 1,
      end_lineno: u.loc.end_lineno,
      end_offset: u.loc.end_col_offset + 1,
      text: null,
    });
  }

  /**
   * compiler_warn: a SyntaxWarning at the current line. When the warnings filters turn it into an
   * error (the warn hook throws a SyntaxWarning), CPython reports a SyntaxError at the current node.
   */
  warn(msg: string): void {
    try {
      this.options.warn?.({ category: "SyntaxWarning", message: msg, filename: this.filename, lineno: this.u.lineno });
    } catch (e) {
      if (e instanceof PyError && e.type === "SyntaxWarning") throw this.error(msg);
      throw e;
    }
  }

  // ---- frame blocks ----

  pushFBlock(type: FBlockType, block: BasicBlock | null, exit: BasicBlock | null, datum: FBlock["datum"] = null): void {
    if (this.u.fblocks.length >= MAX_BLOCKS) throw this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(): void {
    this.u.fblocks.pop();
  }

  // ---- names ----

  /** forbidden_name */
  checkForbidden(name: string, ctx: A.expr_context): void {
    if (name !== "__debug__") return;
    if (ctx._type === "Store") throw this.error("cannot assign to __debug__");
    if (ctx._type === "Del") throw this.error("cannot delete __debug__");
  }

  /** compiler_nameop */
  nameop(name: string, ctx: A.expr_context): void {
    this.checkForbidden(name, ctx);
    const u = this.u;
    const mangled = mangle(u.private_, name);
    const scope = u.ste.getScope(mangled);
    const isFunction = u.ste.type === "function";
    let kind: "fast" | "global" | "deref" | "name" = "name";
    let derefIndex = 0;
    switch (scope) {
      case Scope.Free:
        kind = "deref";
        derefIndex = u.cellvars.size + u.freevars.add(mangled);
        break;
      case Scope.Cell:
        kind = "deref";
        derefIndex = u.cellvars.add(mangled);
        break;
      case Scope.Local:
        if (isFunction) kind = "fast";
        break;
      case Scope.GlobalImplicit:
        if (isFunction) kind = "global";
        break;
      case Scope.GlobalExplicit:
        kind = "global";
        break;
    }
    const c = ctx._type;
    switch (kind) {
      case "deref":
        this.op(c === "Load" ? (u.ste.type === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF) :
          c === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, derefIndex);
        return;
      case "fast":
        this.op(c === "Load" ? Op.LOAD_FAST : c === "Store" ? Op.STORE_FAST : Op.DELETE_FAST, u.varnames.add(mangled));
        return;
      case "global":
        this.op(c === "Load" ? Op.LOAD_GLOBAL : c === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, u.names.add(mangled));
        return;
      case "name":
        this.op(c === "Load" ? Op.LOAD_NAME : c === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, u.names.add(mangled));
        return;
    }
  }

  // ---- scopes ----

  /** compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: BlockNode, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new Unit(ste, scopeType, name, null, lineno, this.codeKeys);
    for (const v of ste.varnames) u.varnames.add(v);
    // dictbytype: cell and free variables in sorted order (free ones numbered after the cells).
    const cells: string[] = [];
    const frees: string[] = [];
    // forEach, not for-of: an entry array per symbol was a sixth of codegen's garbage
    ste.symbols.forEach((flags, n) => {
      const scope = (flags >> SCOPE_OFFSET) & 0xf;
      if (scope === Scope.Cell) cells.push(n);
      if (scope === Scope.Free || (flags & DEF_FREE_CLASS) !== 0) frees.push(n);
    });
    if (ste.needsClassClosure) u.cellvars.add("__class__");
    for (const n of cells.sort(compareCodePoints)) u.cellvars.add(n);
    for (const n of frees.sort(compareCodePoints)) u.freevars.add(n);
    // An instruction added before any statement sets a location has line 0, which the line table
    // folds into the run before it (so a class body's first instructions are on its first line).
    u.lineno = 0;
    if (this.u) {
      u.private_ = this.u.private_;
      this.stack.push(this.u);
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType !== ScopeType.Module) u.qualname = this.qualname(u);
  }

  /** compiler_exit_scope */
  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  /** compiler_set_qualname */
  private qualname(u: Unit): string {
    let base: string | null = null;
    if (this.stack.length > 1) {
      const parent = this.stack[this.stack.length - 1];
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const scope = parent.ste.getScope(mangle(parent.private_, u.name));
        if (scope === Scope.GlobalExplicit) forceGlobal = true;
      }
      if (!forceGlobal) {
        const p = parent.scopeType;
        base = p === ScopeType.Function || p === ScopeType.AsyncFunction || p === ScopeType.Lambda
          ? `${parent.qualname}.<locals>` : parent.qualname;
      }
    }
    return base !== null ? `${base}.${u.name}` : u.name;
  }

  /** compute_code_flags */
  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === "function") {
      flags |= F.CO_NEWLOCALS | F.CO_OPTIMIZED;
      if (ste.nested) flags |= F.CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= F.CO_GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= F.CO_COROUTINE;
      if (ste.generator && ste.coroutine) flags |= F.CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= F.CO_VARARGS;
      if (ste.varkeywords) flags |= F.CO_VARKEYWORDS;
    }
    flags |= this.options.flags & F.PyCF_MASK;
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= F.CO_COROUTINE;
    // PyCode_New's rule, applied here because the assembler copies unit.flags as they are.
    if (!this.u.cellvars.size && !this.u.freevars.size) flags |= F.CO_NOFREE;
    return flags;
  }

  /** assemble(c, addNone) for the current unit. */
  assemble(addNone: boolean): CodeObject {
    this.u.flags = this.codeFlags();
    return this.options.assemble(this.u, { filename: this.filename, addNone });
  }

  /** get_ref_type */
  private refType(name: string): Scope | 0 {
    if (this.u.scopeType === ScopeType.Class && name === "__class__") return Scope.Cell;
    return this.u.ste.getScope(name);
  }

  /** compiler_make_closure */
  makeClosure(co: CodeObject, flags: number, qualname: string | null): void {
    const free = co.co_freevars.length;
    if (free) {
      for (const name of co.co_freevars) {
        const cell = this.refType(name) === Scope.Cell;
        const index = cell ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (index === undefined) {
          throw new PyError("SystemError", `compiler_make_closure: lookup '${name}' in ${this.u.name} failed`);
        }
        this.op(Op.LOAD_CLOSURE, cell ? index : this.u.cellvars.size + index);
      }
      flags |= 0x08;
      this.op(Op.BUILD_TUPLE, free);
    }
    this.loadConst(co);
    this.loadConst(qualname ?? co.co_name);
    this.op(Op.MAKE_FUNCTION, flags);
  }
}

/**
 * PyList_Sort on str: code point order. JS `<` compares UTF-16 units, which puts U+E000..U+FFFF
 * after astral characters; moving surrogates above that range restores code point order (names
 * are identifiers, so they never hold lone surrogates).
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const codePointRank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

