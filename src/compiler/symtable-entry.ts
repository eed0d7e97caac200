// The symbol table's data model, shared by symtable.ts (which builds it) and the code generator
// (which reads it): CPython 3.10's PySTEntryObject and the DEF_* / scope constants of
// Include/symtable.h. A symbol's flags word keeps its DEF_* bits low and its scope above
// SCOPE_OFFSET, exactly as CPython packs them.
import type * as A from "../parser/ast-nodes.ts";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** A symbol's scope, as _PyST_GetScope returns it (0 when the name is not in the table). */
export const enum Scope {
  Local = 1,
  GlobalExplicit = 2,
  GlobalImplicit = 3,
  Free = 4,
  Cell = 5,
}

/** "annotation" blocks (future annotations only) are never children of a block nor looked up. */
export type BlockType = "function" | "class" | "module" | "annotation";

/** The AST node a block belongs to: the module, a def/lambda/class, or a comprehension. */
export type BlockNode = A.mod | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda |
  A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/** PySTEntryObject */
export class SymbolTableEntry {
  /** ste_symbols: name (already mangled) -> flags. Insertion order is CPython's dict order. */
  readonly symbols = new Map<string, number>();
  /** ste_varnames: parameters in order, then (for comprehensions) ".0". */
  readonly varnames: string[] = [];
  /** ste_children, in source order. */
  readonly children: SymbolTableEntry[] = [];
  /** ste_directives: global/nonlocal statements as [name, lineno, col_offset, end_lineno, end_col_offset]. */
  readonly directives: [string, number, number, number, number][] = [];
  nested = false;
  /** ste_free: this block or a child has free variables. */
  free = false;
  /** ste_child_free: a child block has free variables. */
  childFree = false;
  generator = false;
  coroutine = false;
  /** ste_comprehension: 0, or which comprehension (list/set/dict/generator). */
  comprehension: "" | "list" | "set" | "dict" | "generator" = "";
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;
  /** Position of the first `import *` / exec-like statement that prevents optimisation (-1 if none). */
  optLineno = 0;
  optColOffset = 0;
  /** ste_end_lineno / ste_end_col_offset: the end of the block's node (symtable errors point at it). */
  end_lineno = 0;
  end_col_offset = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: BlockNode,
    readonly lineno: number,
    readonly col_offset: number,
  ) {}

  /** _PyST_GetScope */
  getScope(name: string): Scope | 0 {
    const flags = this.symbols.get(name);
    return flags === undefined ? 0 : ((flags >> SCOPE_OFFSET) & 0xf) as Scope;
  }
}

/** struct symtable: the entries of one compilation, looked up by their AST node. */
export interface SymbolTable {
  readonly top: SymbolTableEntry;
  /** PySymtable_Lookup(st, node) */
  lookup(node: BlockNode): SymbolTableEntry;
}
