// The recursion budget of CPython 3.10's AST optimizer and symbol table (ast_opt.c, symtable.c):
// each counts its visits from the thread's recursion depth where compilation began and stops at
// the recursion limit, both scaled by COMPILER_STACK_FRAME_SCALE, with "maximum recursion depth
// exceeded during compilation". So compile() called deep in the Python stack has fewer levels
// left, and sys.setrecursionlimit() moves the bound.

/** How many AST levels one Python frame is worth (COMPILER_STACK_FRAME_SCALE). */
export const COMPILER_STACK_FRAME_SCALE = 3;

export interface RecursionBudget {
  /** tstate->recursion_depth at the compile: Python frames and C calls that count, the compile() call included. */
  depth: number;
  /** Py_GetRecursionLimit() */
  limit: number;
}

/** Compiling outside a running interpreter (the library API, the CLI): nothing on the stack, the default limit. */
export const TOP_LEVEL: RecursionBudget = { depth: 0, limit: 1000 };
