// The symbol table: which names each block binds, uses and declares, then which of them are local,
// global, free or cell. CPython 3.10's Python/symtable.c: a first pass records DEF_* facts per
// block (symtable_visit_*), a second pass (analyze_block) decides every name's scope with the sets
// of names bound in enclosing functions. Comprehensions are function blocks with an implicit ".0"
// parameter; under `from __future__ import annotations` annotations are visited in throw-away
// "annotation" blocks that only exist to reject yield/await/walrus there and are never analysed.
import type * as A from "../parser/ast-nodes.ts";
import { CO_FUTURE_ANNOTATIONS } from "../bytecode/flags.ts";
import { PyError } from "../support/py-error.ts";
import { COMPILER_STACK_FRAME_SCALE, type RecursionBudget, TOP_LEVEL } from "./recursion.ts";
import {
  DEF_ANNOT, DEF_BOUND, DEF_COMP_ITER, DEF_FREE_CLASS, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM,
  SCOPE_OFFSET, Scope, SymbolTableEntry, USE, type BlockNode, type BlockType, type SymbolTable,
} from "./symtable-entry.ts";

export { Scope, SymbolTableEntry, type SymbolTable } from "./symtable-entry.ts";

/**
 * _Py_Mangle: inside class `privateName`, `__spam` becomes `_Class__spam`. Dunder names, dotted
 * names and classes named only with underscores are left alone.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}


interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

type AnyFunction = A.FunctionDef | A.AsyncFunctionDef;

/** Builds the symbol table of one module (_PySymtable_Build). */
export function buildSymtable(mod: A.mod, filename: string, futureFlags: number, recursion: RecursionBudget = TOP_LEVEL): SymbolTable {
  const b = new Builder(filename, futureFlags, recursion);
  return b.build(mod);
}

class Builder {
  private readonly blocks = new Map<BlockNode, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private top!: SymbolTableEntry;
  /** st_global: the module block's symbols. */
  private global!: Map<string, number>;
  /** st_private: the name of the class whose body is being visited, for mangling. */
  private private: string | null = null;
  /** Visits in progress, from the Python stack's depth, against the recursion limit (see recursion.ts). */
  private depth: number;
  private readonly limit: number;

  constructor(private readonly filename: string, private readonly futureFlags: number, recursion: RecursionBudget) {
    this.depth = recursion.depth * COMPILER_STACK_FRAME_SCALE;
    this.limit = recursion.limit * COMPILER_STACK_FRAME_SCALE;
  }

  build(mod: A.mod): SymbolTable {
    this.enterBlock("top", "module", mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.top = this.cur;
    switch (mod._type) {
      case "Module":
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "FunctionType":
        throw new PyError("RuntimeError", "this compiler does not handle FunctionTypes");
    }
    this.exitBlock();
    analyzeBlock(this.top, null, new Set(), new Set(), this.filename);
    const blocks = this.blocks;
    const top = this.top;
    return {
      top,
      lookup(node: BlockNode): SymbolTableEntry {
        const e = blocks.get(node);
        if (e === undefined) throw new PyError("KeyError", "unknown symbol table entry");
        return e;
      },
    };
  }

  // --- errors ---------------------------------------------------------------------------------

  private error(msg: string, p: Position): PyError {
    return PyError.syntax("SyntaxError", msg, {
      filename: this.filename,
      lineno: p.lineno,
      offset: p.col_offset + 1,
      end_lineno: p.end_lineno,
      end_offset: p.end_col_offset + 1,
      text: null,
    });
  }

  // --- blocks ---------------------------------------------------------------------------------

  private enterBlock(name: string, type: BlockType, node: BlockNode | A.expr | A.stmt, p: Position): void {
    const prev = this.stack.length > 0 ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node as BlockNode, p.lineno, p.col_offset);
    ste.end_lineno = p.end_lineno;
    ste.end_col_offset = p.end_col_offset;
    if (prev !== null && (prev.nested || prev.type === "function")) ste.nested = true;
    // bpo-37757: every assignment expression in a comprehension's outermost iterable is refused,
    // even one nested inside a lambda or another comprehension there.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.stack.push(ste);
    this.cur = ste;
    // Annotation blocks only exist while their annotation is visited: not a child, never looked up.
    if (type === "annotation") return;
    this.blocks.set(node as BlockNode, ste);
    if (type === "module") this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length > 0) this.cur = this.stack[this.stack.length - 1];
  }

  // --- recording names ------------------------------------------------------------------------

  private lookup(name: string): number {
    return this.cur.symbols.get(mangle(this.private, name)) ?? 0;
  }

  /** symtable_add_def: `loc` is where an error about this definition points. */
  private addDef(name: string, flag: number, loc: Position, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.private, name);
    const old = ste.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val = old | flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: refuse one an assignment expression already
      // made global/nonlocal, and mark it for the assignment expressions that come later.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    // Most names are used again and again: their flags are then already there (the entry keeps
    // its place in the Map either way, so only the second hash lookup is saved).
    if (val !== old) ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  private recordDirective(name: string, p: Position): void {
    this.cur.directives.push([mangle(this.private, name), p.lineno, p.col_offset, p.end_lineno, p.end_col_offset]);
  }

  private enter(): void {
    if (++this.depth > this.limit) {
      throw new PyError("RecursionError", "maximum recursion depth exceeded during compilation");
    }
  }

  // --- statements -----------------------------------------------------------------------------

  private visitStmt(s: A.stmt): void {
    this.enter();
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.visitFunctionDef(s);
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.visitExpr(e);
        for (const k of s.keywords) this.visitExpr(k.value);
        for (const e of s.decorator_list) this.visitExpr(e);
        this.enterBlock(s.name, "class", s, s);
        const saved = this.private;
        this.private = s.name;
        for (const st of s.body) this.visitStmt(st);
        this.private = saved;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        for (const e of s.targets) this.visitExpr(e);
        break;
      case "Assign":
        for (const e of s.targets) this.visitExpr(e);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        this.visitAnnAssign(s);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        break;
      case "While":
        this.visitExpr(s.test);
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        break;
      case "If": {
        // An `elif` chain (orelse is one If, visited last) is walked in a loop, counted as the
        // recursion would count it: chains nest thousands deep and the stack is V8's default.
        let levels = 0;
        for (let i: A.If = s; ; ) {
          this.visitExpr(i.test);
          for (const st of i.body) this.visitStmt(st);
          if (i.orelse.length === 1 && i.orelse[0]._type === "If") {
            i = i.orelse[0];
            this.enter();
            levels++;
            continue;
          }
          for (const st of i.orelse) this.visitStmt(st);
          break;
        }
        this.depth -= levels;
        break;
      }
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          for (const st of c.body) this.visitStmt(st);
        }
        break;
      case "Raise":
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case "Try":
        for (const st of s.body) this.visitStmt(st);
        for (const st of s.orelse) this.visitStmt(st);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          for (const st of h.body) this.visitStmt(st);
        }
        for (const st of s.finalbody) this.visitStmt(st);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal":
        this.visitDeclaration(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        for (const st of s.body) this.visitStmt(st);
        break;
    }
    this.depth--;
  }

  private visitFunctionDef(s: AnyFunction): void {
    this.addDef(s.name, DEF_LOCAL, s);
    for (const e of s.args.defaults) this.visitExpr(e);
    for (const e of s.args.kw_defaults) if (e) this.visitExpr(e);
    this.visitAnnotations(s, s.args, s.returns);
    for (const e of s.decorator_list) this.visitExpr(e);
    this.enterBlock(s.name, "function", s, s);
    if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
    this.visitArguments(s.args);
    for (const st of s.body) this.visitStmt(st);
    this.exitBlock();
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    if (s.target._type === "Name") {
      const name = s.target.id;
      const cur = this.lookup(name);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        const what = cur & DEF_GLOBAL ? "global" : "nonlocal";
        throw this.error(`annotated name '${name}' can't be ${what}`, s);
      }
      if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
      else if (s.value !== null) this.addDef(name, DEF_LOCAL, s.target);
    } else {
      this.visitExpr(s.target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: A.Global | A.Nonlocal): void {
    const kind = s._type === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        throw this.error(msg, s);
      }
      this.addDef(name, kind === "global" ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  private visitAlias(a: A.alias): void {
    // The name an import binds: `import a.b.c` binds `a`.
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== "module") {
      throw this.error("import * only allowed at module level", a);
    }
  }

  // --- expressions ----------------------------------------------------------------------------

  /**
   * symtable_visit_expr. Expressions nest thousands deep (`a+a+...`), so the recursion goes
   * through this small dispatcher and one small handler per kind, keeping JS frames small.
   */
  visitExpr(e: A.expr): void {
    this.enter();
    // Lambdas nest thousands deep too (`lambda: lambda: ...`): two frames per level, not three.
    // Names, the commonest kind, skip the table's lookup by kind. The kind is read once: nodes of
    // every kind come here, so each read of it is a megamorphic property load (a stub-cache probe).
    const kind = e._type;
    if (kind === "Name") this.visitName(e as A.Name);
    else if (kind === "Lambda") this.visitLambda(e as A.Lambda);
    else (EXPR_VISITORS[kind] as (b: Builder, e: A.expr) => void)(this, e);
    this.depth--;
  }

  visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e !== null) this.visitExpr(e);
  }

  /** The Name case of symtable_visit_expr. */
  visitName(e: A.Name): void {
    this.addDef(e.id, e.ctx._type === "Load" ? USE : DEF_LOCAL, e);
    // super() reads the implicit __class__ cell.
    if (e.ctx._type === "Load" && this.cur.type === "function" && e.id === "super") this.addDef("__class__", USE, e);
  }

  visitLambda(e: A.Lambda): void {
    this.visitExprs(e.args.defaults);
    this.visitExprs(e.args.kw_defaults);
    this.enterBlock("lambda", "function", e, e);
    this.visitArguments(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  /** Yield, YieldFrom and Await. */
  visitSuspension(e: A.Yield | A.YieldFrom | A.Await): void {
    this.raiseIfAnnotationBlock(e._type === "Await" ? "await expression" : "yield expression", e);
    if (e.value !== null) this.visitExpr(e.value);
    if (e._type === "Await") {
      this.cur.coroutine = true;
    } else {
      this.cur.generator = true;
      this.raiseIfComprehensionBlock(e);
    }
  }

  raiseIfAnnotationBlock(what: string, e: A.expr): void {
    if (this.cur.type === "annotation") throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  /** symtable_raise_if_comprehension_block: a comprehension's own body cannot yield. */
  private raiseIfComprehensionBlock(e: A.expr): void {
    const kind = this.cur.comprehension;
    if (kind === "") return;
    throw this.error(`'yield' inside ${kind === "generator" ? "generator expression" : `${kind} comprehension`}`, e);
  }

  visitNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if ((ste.symbols.get(name) ?? 0) & DEF_COMP_ITER) {
          throw this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === "function") {
        const flag = (ste.symbols.get(name) ?? 0) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL;
        this.addDef(name, flag, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === "class") {
        throw this.error("assignment expression within a comprehension cannot be used in a class body", target);
      }
      // An annotation block: CPython's loop walks on past it to the enclosing block.
    }
  }

  visitComprehension(
    e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp, scopeName: string,
    kind: "list" | "set" | "dict" | "generator", generators: A.comprehension[], elt: A.expr, value: A.expr | null,
  ): void {
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, e);
    const ste = this.cur;
    if (outermost.is_async) ste.coroutine = true;
    ste.comprehension = kind;
    this.addDef(".0", DEF_PARAM, e);
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    for (const cond of outermost.ifs) this.visitExpr(cond);
    for (const gen of generators.slice(1)) {
      ste.compIterTarget = true;
      this.visitExpr(gen.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.visitExpr(gen.iter);
      ste.compIterExpr--;
      for (const cond of gen.ifs) this.visitExpr(cond);
      if (gen.is_async) ste.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = kind === "generator";
    this.exitBlock();
  }

  // --- patterns, arguments, annotations -------------------------------------------------------

  private visitPattern(p: A.pattern): void {
    this.enter();
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.visitExpr(k);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
    this.depth--;
  }

  private visitArguments(a: A.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg !== null) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg !== null) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private get futureAnnotations(): boolean {
    return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private visitAnnotation(annotation: A.expr): void {
    const future = this.futureAnnotations;
    if (future) this.enterBlock("_annotation", "annotation", annotation, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  /** symtable_visit_annotations: a def's parameter annotations (in one block), then its return annotation. */
  private visitAnnotations(s: AnyFunction, a: A.arguments, returns: A.expr | null): void {
    const future = this.futureAnnotations;
    if (future) this.enterBlock("_annotation", "annotation", s, s);
    for (const arg of a.posonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    for (const arg of a.args) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation !== null) this.visitExpr(arg.annotation);
    if (future) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }
}

type ExprVisitors = { [K in A.expr["_type"]]: (b: Builder, e: Extract<A.expr, { _type: K }>) => void };

/** The per-kind halves of symtable_visit_expr. */
const EXPR_VISITORS: ExprVisitors = {
  NamedExpr: (b, e) => {
    b.raiseIfAnnotationBlock("named expression", e);
    b.visitNamedExpr(e);
  },
  BoolOp: (b, e) => b.visitExprs(e.values),
  BinOp: (b, e) => {
    b.visitExpr(e.left);
    b.visitExpr(e.right);
  },
  UnaryOp: (b, e) => b.visitExpr(e.operand),
  Lambda: (b, e) => b.visitLambda(e),
  IfExp: (b, e) => {
    b.visitExpr(e.test);
    b.visitExpr(e.body);
    b.visitExpr(e.orelse);
  },
  Dict: (b, e) => {
    b.visitExprs(e.keys);
    b.visitExprs(e.values);
  },
  Set: (b, e) => b.visitExprs(e.elts),
  GeneratorExp: (b, e) => b.visitComprehension(e, "genexpr", "generator", e.generators, e.elt, null),
  ListComp: (b, e) => b.visitComprehension(e, "listcomp", "list", e.generators, e.elt, null),
  SetComp: (b, e) => b.visitComprehension(e, "setcomp", "set", e.generators, e.elt, null),
  DictComp: (b, e) => b.visitComprehension(e, "dictcomp", "dict", e.generators, e.key, e.value),
  Yield: (b, e) => b.visitSuspension(e),
  YieldFrom: (b, e) => b.visitSuspension(e),
  Await: (b, e) => b.visitSuspension(e),
  Compare: (b, e) => {
    b.visitExpr(e.left);
    b.visitExprs(e.comparators);
  },
  Call: (b, e) => {
    b.visitExpr(e.func);
    b.visitExprs(e.args);
    for (const k of e.keywords) b.visitExpr(k.value);
  },
  FormattedValue: (b, e) => b.visitExprs([e.value, e.format_spec]),
  JoinedStr: (b, e) => b.visitExprs(e.values),
  Constant: () => {},
  Attribute: (b, e) => b.visitExpr(e.value),
  Subscript: (b, e) => {
    b.visitExpr(e.value);
    b.visitExpr(e.slice);
  },
  Starred: (b, e) => b.visitExpr(e.value),
  Slice: (b, e) => b.visitExprs([e.lower, e.upper, e.step]),
  Name: (b, e) => b.visitName(e),
  List: (b, e) => b.visitExprs(e.elts),
  Tuple: (b, e) => b.visitExprs(e.elts),
};

// --- the analysis pass (analyze_block and its helpers) -----------------------------------------

/**
 * analyze_block: decides the scope of every name of `ste`. `bound` holds the names bound in
 * enclosing function blocks (null for the module), `global` the names declared global above;
 * both belong to this call (the caller passes copies). Free names found here and in children are
 * added to `free`.
 */
function analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, filename: string): void {
  // Blocks nest thousands deep (`lambda: lambda: ...`) on V8's default stack: the recursive frame
  // keeps only what the children need; the work before and after is in functions of its own.
  const b = analyzeNames(ste, bound, free, global, filename);
  const children = ste.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    const childFree = new Set(b.newFree);
    analyzeBlock(child, new Set(b.newBound), childFree, new Set(b.newGlobal), filename);
    if (childFree.size) {
      const allFree = (b.allFree ??= new Set());
      for (const n of childFree) allFree.add(n);
    }
    if (child.free || child.childFree) ste.childFree = true;
  }
  finishBlock(ste, b, bound, free);
}

/** What analyze_block computes before visiting the children, and uses after. */
interface BlockAnalysis {
  /** The scope of each name of ste.symbols, in its order (CPython's `scopes` dict). */
  scopes: Scope[];
  newGlobal: Set<string>;
  newFree: Set<string>;
  newBound: Set<string>;
  /** The free names of all children (null: none yet). */
  allFree: Set<string> | null;
}

/** analyze_block up to its children: the scope of each name of the block, what children see. */
function analyzeNames(ste: SymbolTableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, filename: string): BlockAnalysis {
  const scopes: Scope[] = [];
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // A class's own names are invisible to the functions it contains, so its children see only
  // what the class itself sees.
  const isClass = ste.type === "class";
  if (isClass) {
    for (const n of global) newGlobal.add(n);
    if (bound !== null) for (const n of bound) newBound.add(n);
  }
  // A function's locals are bound for its children: they go straight into newBound (CPython
  // collects them in `local` first; only the set's content matters).
  const local = ste.type === "function" ? newBound : null;
  // forEach, not for-of over entries: no entry array per name
  ste.symbols.forEach((flags, name) => {
    scopes.push(analyzeName(ste, name, flags, bound, local, free, global, filename));
  });

  if (!isClass) {
    if (bound !== null) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }
  return { scopes, newGlobal, newFree, newBound, allFree: null };
}

/** analyze_block after its children: cells, the class closure, the final scopes, free names up. */
function finishBlock(ste: SymbolTableEntry, b: BlockAnalysis, bound: Set<string> | null, free: Set<string>): void {
  const { scopes, newFree } = b;
  if (b.allFree !== null) for (const n of b.allFree) newFree.add(n);

  if (ste.type === "function") {
    // analyze_cells: a local that a child uses freely becomes a cell.
    let k = 0;
    ste.symbols.forEach((_, name) => {
      if (scopes[k] === Scope.Local && newFree.has(name)) {
        scopes[k] = Scope.Cell;
        newFree.delete(name);
      }
      k++;
    });
  } else if (ste.type === "class") {
    // drop_class_free: methods reading __class__ make the class build a __class__ cell.
    if (newFree.delete("__class__")) ste.needsClassClosure = true;
  }
  updateSymbols(ste.symbols, scopes, bound, newFree, ste.type === "class");
  for (const n of newFree) free.add(n);
}

/** analyze_name: the scope of one name (`local` collects a function's bound names). */
function analyzeName(
  ste: SymbolTableEntry, name: string, flags: number,
  bound: Set<string> | null, local: Set<string> | null, free: Set<string>, global: Set<string>, filename: string,
): Scope {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw directiveError(ste, name, `name '${name}' is nonlocal and global`, filename);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return Scope.GlobalExplicit;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw directiveError(ste, name, "nonlocal declaration not allowed at module level", filename);
    if (!bound.has(name)) throw directiveError(ste, name, `no binding for nonlocal '${name}' found`, filename);
    ste.free = true;
    free.add(name);
    return Scope.Free;
  }
  if (flags & DEF_BOUND) {
    if (local !== null) local.add(name);
    global.delete(name);
    return Scope.Local;
  }
  // Bound in an enclosing function: free here. (A non-null `bound` means the block is nested.)
  if (bound !== null && bound.has(name)) {
    ste.free = true;
    free.add(name);
    return Scope.Free;
  }
  if (global.has(name)) return Scope.GlobalImplicit;
  if (ste.nested) ste.free = true;
  return Scope.GlobalImplicit;
}

/** error_at_directive: the error points at the global/nonlocal statement (or walrus) that declared `name`. */
function directiveError(ste: SymbolTableEntry, name: string, msg: string, filename: string): PyError {
  const d = ste.directives.find((x) => x[0] === name);
  if (d === undefined) return new PyError("RuntimeError", "BUG: internal directive bookkeeping broken");
  return PyError.syntax("SyntaxError", msg, {
    filename, lineno: d[1], offset: d[2] + 1, end_lineno: d[3], end_offset: d[4] + 1, text: null,
  });
}

/** update_symbols: stores each name's scope in its flags, and records children's free names that pass through. */
function updateSymbols(symbols: Map<string, number>, scopes: Scope[], bound: Set<string> | null, free: Set<string>, isClass: boolean): void {
  let k = 0;
  symbols.forEach((flags, name) => symbols.set(name, flags | (scopes[k++] << SCOPE_OFFSET)));
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      // A method's free variable named like a class-level binding: the class must also pass its
      // cell along (DEF_FREE_CLASS), besides its own local.
      if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) symbols.set(name, flags | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    symbols.set(name, Scope.Free << SCOPE_OFFSET);
  }
}
