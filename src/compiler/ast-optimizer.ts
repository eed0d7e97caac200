// The AST optimiser that runs between the parser and the symbol table: CPython 3.10's
// Python/ast_opt.c. It folds unary and binary operations on constants (ast-fold-ops.ts), constant
// tuples, subscripts of constants, `not` over is/in comparisons, `__debug__`, and turns the
// iterable of `in`, `for` and comprehensions from a list into a tuple and a constant set into a
// frozenset. Under `from __future__ import annotations` annotations are left alone (they become
// strings). The input tree is never changed: a node that changes is copied, with its ancestors,
// and untouched subtrees are shared, so callers may keep using the original.
import type * as A from "../parser/ast-nodes.ts";
import { CO_FUTURE_ANNOTATIONS } from "../bytecode/flags.ts";
import { PyTuple, isStrConstant, type PyConstant } from "../bytecode/constants.ts";
import { frozenSetConstant } from "../bytecode/frozenset.ts";
import { PyError } from "../support/py-error.ts";
import { COMPILER_STACK_FRAME_SCALE, type RecursionBudget, TOP_LEVEL } from "./recursion.ts";
import { binOp, getItem, unaryOp, type BinOpName, type UnaryOpName } from "./ast-fold-ops.ts";

export interface OptimizeOptions {
  /** The optimisation level (0, 1 or 2; compile()'s -1 resolved by the caller). */
  optimize: number;
  /** The module's CO_FUTURE_* flags. */
  futureFlags: number;
  /** The Python stack's depth and recursion limit where compilation began (see RecursionBudget). */
  recursion?: RecursionBudget;
}

/** _PyAST_Optimize */
export function optimizeAst(mod: A.mod, options: OptimizeOptions): A.mod {
  const f = new Folder(options.optimize, (options.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0, options.recursion ?? TOP_LEVEL);
  switch (mod._type) {
    case "Module": return patch(mod, { body: f.body(mod.body) });
    case "Interactive": return patch(mod, { body: f.stmts(mod.body) });
    case "Expression": return patch(mod, { body: f.expr(mod.body) });
    case "FunctionType": return mod;
  }
}


/** `node` itself when every field of `changes` is already identical, else a copy with them. */
function patch<T extends object>(node: T, changes: Partial<T>): T {
  for (const k in changes) if (changes[k] !== node[k]) return { ...node, ...changes };
  return node;
}

/** Maps a list, returning the same array when no element changed. */
function mapSame<T>(xs: T[], f: (x: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < xs.length; i++) {
    const y = f(xs[i]);
    if (y !== xs[i] && out === null) out = xs.slice(0, i);
    if (out !== null) out.push(y);
  }
  return out ?? xs;
}

/** make_const: the node becomes a Constant in place (same position). */
function makeConst(node: A.Located, value: PyConstant): A.Constant {
  return {
    _type: "Constant", value, kind: null,
    lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
}

/** _PyAST_GetDocString: the body starts with a str constant expression. */
function hasDocstring(body: A.stmt[]): boolean {
  const st = body[0];
  return st !== undefined && st._type === "Expr" && st.value._type === "Constant" && isStrConstant(st.value.value);
}

const isConst = (e: A.expr | null): e is A.Constant => e !== null && e._type === "Constant";

/** make_const_tuple: the values of `elts` when all are constants. */
function constTuple(elts: A.expr[]): PyTuple | null {
  if (!elts.every(isConst)) return null;
  return new PyTuple(elts.map((e) => (e as A.Constant).value));
}

const NOT_FOLDED: Partial<Record<A.cmpop["_type"], A.cmpop>> = {
  Is: { _type: "IsNot" }, IsNot: { _type: "Is" }, In: { _type: "NotIn" }, NotIn: { _type: "In" },
};

class Folder {
  private depth: number;
  private readonly limit: number;

  constructor(private readonly optimize: number, private readonly futureAnnotations: boolean, recursion: RecursionBudget) {
    this.depth = recursion.depth * COMPILER_STACK_FRAME_SCALE;
    this.limit = recursion.limit * COMPILER_STACK_FRAME_SCALE;
  }

  private enter(): void {
    if (++this.depth > this.limit) throw new PyError("RecursionError", "maximum recursion depth exceeded during compilation");
  }

  // --- statements -----------------------------------------------------------------------------

  /** astfold_body: a body whose first statement only became a str constant by folding keeps no docstring. */
  body(stmts: A.stmt[]): A.stmt[] {
    const docstring = hasDocstring(stmts);
    const out = this.stmts(stmts);
    if (!docstring && hasDocstring(out)) {
      const st = out[0] as A.Expr;
      const joined: A.JoinedStr = {
        _type: "JoinedStr", values: [st.value],
        lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
      };
      return [{ ...st, value: joined }, ...out.slice(1)];
    }
    return out;
  }

  /** mapSame over the statements, each visit written out: `elif` chains nest thousands deep, two frames per level. */
  stmts(stmts: A.stmt[]): A.stmt[] {
    let out: A.stmt[] | null = null;
    for (let i = 0; i < stmts.length; i++) {
      this.enter();
      const y = this.stmtInner(stmts[i]);
      this.depth--;
      if (y !== stmts[i] && out === null) out = stmts.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? stmts;
  }

  private annotation<T extends A.expr | null>(e: T): T {
    return this.futureAnnotations || e === null ? e : (this.expr(e) as T);
  }

  private stmtInner(s: A.stmt): A.stmt {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        return patch<A.FunctionDef | A.AsyncFunctionDef>(s, {
          args: this.arguments(s.args), body: this.body(s.body),
          decorator_list: this.exprs(s.decorator_list), returns: this.annotation(s.returns),
        });
      case "ClassDef":
        return patch(s, {
          bases: this.exprs(s.bases), keywords: mapSame(s.keywords, (k) => this.keyword(k)),
          body: this.body(s.body), decorator_list: this.exprs(s.decorator_list),
        });
      case "Return":
        return patch(s, { value: this.optExpr(s.value) });
      case "Delete":
        return patch(s, { targets: this.exprs(s.targets) });
      case "Assign":
        return patch(s, { targets: this.exprs(s.targets), value: this.expr(s.value) });
      case "AugAssign":
        return patch(s, { target: this.expr(s.target), value: this.expr(s.value) });
      case "AnnAssign":
        return patch(s, { target: this.expr(s.target), annotation: this.annotation(s.annotation), value: this.optExpr(s.value) });
      case "For":
        return patch(s, {
          target: this.expr(s.target), iter: this.foldIter(this.expr(s.iter)),
          body: this.stmts(s.body), orelse: this.stmts(s.orelse),
        });
      case "AsyncFor":
        return patch(s, { target: this.expr(s.target), iter: this.expr(s.iter), body: this.stmts(s.body), orelse: this.stmts(s.orelse) });
      case "While":
      case "If":
        return patch<A.While | A.If>(s, { test: this.expr(s.test), body: this.stmts(s.body), orelse: this.stmts(s.orelse) });
      case "With":
      case "AsyncWith":
        return patch<A.With | A.AsyncWith>(s, {
          items: mapSame(s.items, (it) => patch(it, { context_expr: this.expr(it.context_expr), optional_vars: this.optExpr(it.optional_vars) })),
          body: this.stmts(s.body),
        });
      case "Match":
        return patch(s, {
          subject: this.expr(s.subject),
          cases: mapSame(s.cases, (c) => patch(c, { pattern: this.pattern(c.pattern), guard: this.optExpr(c.guard), body: this.stmts(c.body) })),
        });
      case "Raise":
        return patch(s, { exc: this.optExpr(s.exc), cause: this.optExpr(s.cause) });
      case "Try":
        return patch(s, {
          body: this.stmts(s.body),
          handlers: mapSame(s.handlers, (h) => patch(h, { type: this.optExpr(h.type), body: this.stmts(h.body) })),
          orelse: this.stmts(s.orelse), finalbody: this.stmts(s.finalbody),
        });
      case "Assert":
        return patch(s, { test: this.expr(s.test), msg: this.optExpr(s.msg) });
      case "Expr":
        return patch(s, { value: this.expr(s.value) });
      case "Import": case "ImportFrom": case "Global": case "Nonlocal": case "Pass": case "Break": case "Continue":
        return s;
    }
  }

  private pattern(p: A.pattern): A.pattern {
    this.enter();
    let r: A.pattern;
    switch (p._type) {
      case "MatchValue": r = patch(p, { value: this.expr(p.value) }); break;
      case "MatchSequence": r = patch(p, { patterns: mapSame(p.patterns, (q) => this.pattern(q)) }); break;
      case "MatchMapping": r = patch(p, { keys: this.exprs(p.keys), patterns: mapSame(p.patterns, (q) => this.pattern(q)) }); break;
      case "MatchClass":
        r = patch(p, { cls: this.expr(p.cls), patterns: mapSame(p.patterns, (q) => this.pattern(q)), kwd_patterns: mapSame(p.kwd_patterns, (q) => this.pattern(q)) });
        break;
      case "MatchAs": r = patch(p, { pattern: p.pattern === null ? null : this.pattern(p.pattern) }); break;
      case "MatchOr": r = patch(p, { patterns: mapSame(p.patterns, (q) => this.pattern(q)) }); break;
      default: r = p;
    }
    this.depth--;
    return r;
  }

  private arguments(a: A.arguments): A.arguments {
    const arg = (x: A.arg) => patch(x, { annotation: this.annotation(x.annotation) });
    return patch(a, {
      posonlyargs: mapSame(a.posonlyargs, arg), args: mapSame(a.args, arg), vararg: a.vararg && arg(a.vararg),
      kwonlyargs: mapSame(a.kwonlyargs, arg), kw_defaults: this.exprs(a.kw_defaults), kwarg: a.kwarg && arg(a.kwarg),
      defaults: this.exprs(a.defaults),
    });
  }

  private keyword(k: A.keyword): A.keyword {
    return patch(k, { value: this.expr(k.value) });
  }

  private comprehension(c: A.comprehension): A.comprehension {
    return patch(c, { target: this.expr(c.target), iter: this.foldIter(this.expr(c.iter)), ifs: this.exprs(c.ifs) });
  }

  // --- expressions ----------------------------------------------------------------------------

  /** A list of expressions; `null` entries (dict `**`, missing kw-only defaults) stay null. */
  private exprs(es: A.expr[]): A.expr[] {
    return mapSame(es, (e) => (e === null ? e : this.expr(e)));
  }

  private optExpr(e: A.expr | null): A.expr | null {
    return e === null ? null : this.expr(e);
  }

  expr(e: A.expr): A.expr {
    this.enter();
    const r = this.exprInner(e);
    this.depth--;
    return r;
  }

  private exprInner(e: A.expr): A.expr {
    switch (e._type) {
      case "BoolOp": return patch(e, { values: this.exprs(e.values) });
      case "BinOp": return this.foldBinOp(patch(e, { left: this.expr(e.left), right: this.expr(e.right) }));
      case "UnaryOp": return this.foldUnaryOp(patch(e, { operand: this.expr(e.operand) }));
      case "Lambda": return patch(e, { args: this.arguments(e.args), body: this.expr(e.body) });
      case "IfExp": return patch(e, { test: this.expr(e.test), body: this.expr(e.body), orelse: this.expr(e.orelse) });
      case "Dict": return patch(e, { keys: this.exprs(e.keys), values: this.exprs(e.values) });
      case "Set": return patch(e, { elts: this.exprs(e.elts) });
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        return patch<A.ListComp | A.SetComp | A.GeneratorExp>(e, { elt: this.expr(e.elt), generators: mapSame(e.generators, (c) => this.comprehension(c)) });
      case "DictComp":
        return patch(e, { key: this.expr(e.key), value: this.expr(e.value), generators: mapSame(e.generators, (c) => this.comprehension(c)) });
      case "Await": return patch(e, { value: this.expr(e.value) });
      case "Yield": return patch(e, { value: this.optExpr(e.value) });
      case "YieldFrom": return patch(e, { value: this.expr(e.value) });
      case "Compare": return this.foldCompare(patch(e, { left: this.expr(e.left), comparators: this.exprs(e.comparators) }));
      case "Call": return patch(e, { func: this.expr(e.func), args: this.exprs(e.args), keywords: mapSame(e.keywords, (k) => this.keyword(k)) });
      case "FormattedValue": return patch(e, { value: this.expr(e.value), format_spec: this.optExpr(e.format_spec) });
      case "JoinedStr": return patch(e, { values: this.exprs(e.values) });
      case "Attribute": return patch(e, { value: this.expr(e.value) });
      case "Subscript": return this.foldSubscript(patch(e, { value: this.expr(e.value), slice: this.expr(e.slice) }));
      case "Starred": return patch(e, { value: this.expr(e.value) });
      case "Slice": return patch(e, { lower: this.optExpr(e.lower), upper: this.optExpr(e.upper), step: this.optExpr(e.step) });
      case "List": return patch(e, { elts: this.exprs(e.elts) });
      case "Tuple": return this.foldTuple(patch(e, { elts: this.exprs(e.elts) }));
      case "Name":
        if (e.ctx._type === "Load" && e.id === "__debug__") return makeConst(e, !this.optimize);
        return e;
      case "NamedExpr": return patch(e, { value: this.expr(e.value) });
      case "Constant": return e;
    }
  }

  private foldBinOp(e: A.BinOp): A.expr {
    if (!isConst(e.left) || !isConst(e.right)) return e;
    const v = binOp(e.op._type as BinOpName, e.left.value, e.right.value);
    return v === undefined ? e : makeConst(e, v);
  }

  /** fold_unaryop: `not` over a single is/is not/in/not in comparison becomes the opposite comparison. */
  private foldUnaryOp(e: A.UnaryOp): A.expr {
    const arg = e.operand;
    if (!isConst(arg)) {
      if (e.op._type === "Not" && arg._type === "Compare" && arg.ops.length === 1) {
        const flipped = NOT_FOLDED[arg.ops[0]._type];
        // COPY_NODE: the comparison takes the place of the `not`, keeping its own position.
        if (flipped !== undefined) return { ...arg, ops: [flipped] };
      }
      return e;
    }
    const v = unaryOp(e.op._type as UnaryOpName, arg.value);
    return v === undefined ? e : makeConst(e, v);
  }

  private foldTuple(e: A.Tuple): A.expr {
    if (e.ctx._type !== "Load") return e;
    const t = constTuple(e.elts);
    return t === null ? e : makeConst(e, t);
  }

  private foldSubscript(e: A.Subscript): A.expr {
    if (e.ctx._type !== "Load" || !isConst(e.value) || !isConst(e.slice)) return e;
    const v = getItem(e.value.value, e.slice.value);
    return v === undefined ? e : makeConst(e, v);
  }

  /** fold_compare: the right operand of a final `in` / `not in` is an iterable. */
  private foldCompare(e: A.Compare): A.expr {
    const i = e.ops.length - 1;
    const op = e.ops[i]._type;
    if (op !== "In" && op !== "NotIn") return e;
    const last = this.foldIter(e.comparators[i]);
    return last === e.comparators[i] ? e : { ...e, comparators: [...e.comparators.slice(0, i), last] };
  }

  /** fold_iter: a list display becomes a tuple (constant if it can), a constant set a frozenset. */
  private foldIter(arg: A.expr): A.expr {
    if (arg._type === "List") {
      if (arg.elts.some((x) => x._type === "Starred")) return arg;
      const tuple: A.Tuple = {
        _type: "Tuple", elts: arg.elts, ctx: arg.ctx,
        lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
      };
      const t = constTuple(arg.elts);
      return t === null ? tuple : makeConst(tuple, t);
    }
    if (arg._type === "Set") {
      const t = constTuple(arg.elts);
      if (t === null) return arg;
      // ast_opt.c builds the frozenset from the display; compile.c rebuilds it from that set's order.
      return makeConst(arg, frozenSetConstant(t.items));
    }
    return arg;
  }
}
