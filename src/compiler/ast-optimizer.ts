// The AST optimiser that runs between the parser and the symbol table: CPython 3.10's
// Python/ast_opt.c. It folds unary and binary operations on constants (ast-fold-ops.ts), constant
// tuples, subscripts of constants, `not` over is/in comparisons, `__debug__`, and turns the
// iterable of `in`, `for` and comprehensions from a list into a tuple and a constant set into a
// frozenset. Under `from __future__ import annotations` annotations are left alone (they become
// strings). The input tree is never changed: a node that changes is copied, with its ancestors,
// and untouched subtrees are shared, so callers may keep using the original. Copies are made with
// the parser's node constructors (ast-build.ts), not by spreading the old node: a spread copy has
// another hidden class, and with two to five classes per kind the later passes' reads of a node's
// fields went megamorphic.
import type * as A from "../parser/ast-nodes.ts";
import { In, Is, IsNot, NotIn } from "../parser/ast-nodes.ts";
import * as B from "../parser/ast-build.ts";
import { foldHints } from "../parser/ast-build.ts";
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
  return B.Constant(value, null, node);
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

const NOT_FOLDED: Partial<Record<A.cmpop["_type"], A.cmpop>> = { Is: IsNot, IsNot: Is, In: NotIn, NotIn: In };

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
      const joined = B.JoinedStr([st.value], st);
      return [B.Expr(joined, st), ...out.slice(1)];
    }
    return out;
  }

  /** mapSame over the statements, each visit written out: `elif` chains nest thousands deep, two frames per level. */
  stmts(stmts: A.stmt[]): A.stmt[] {
    let out: A.stmt[] | null = null;
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      let y = s;
      if (!this.unchanged(s)) {
        this.enter();
        y = this.stmtInner(s);
        this.depth--;
      }
      if (y !== s && out === null) out = stmts.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? stmts;
  }

  /**
   * A one-line statement the parser found nothing to fold in (foldHints), which the visit would
   * return as it is, and whose visit could not exceed the recursion limit: each level of nesting
   * on a line takes at least one byte of it (a statement's expression starts at the same byte,
   * hence the slack), so its visits nest at most its width plus two deep.
   */
  private unchanged(s: A.stmt): boolean {
    return foldHints.unchanged.has(s) && this.depth + 2 * (s.end_col_offset - s.col_offset) + 8 <= this.limit;
  }

  private annotation<T extends A.expr | null>(e: T): T {
    return this.futureAnnotations || e === null ? e : (this.expr(e) as T);
  }

  // The visits below compare each folded field with the old one and copy the node only when one
  // changed (rarely): a `patch(node, {fields})` object per node, walked with for-in, was most of
  // this pass's time. Each visit keeps its fields in the few locals declared at the top rather than
  // in locals of its own case: a V8 interpreter frame holds every local of every case, and these
  // functions recurse once per level of nesting (deep-nesting.test.ts runs on the default stack).

  private stmtInner(s: A.stmt): A.stmt {
    let a: any, b: any, c: any, d: any; // one type for every case: see above
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        a = this.arguments(s.args), b = this.body(s.body), c = this.exprs(s.decorator_list), d = this.annotation(s.returns);
        if (a === s.args && b === s.body && c === s.decorator_list && d === s.returns) return s;
        return (s._type === "FunctionDef" ? B.FunctionDef : B.AsyncFunctionDef)(s.name, a, b, c, d, s.type_comment, s);
      case "ClassDef":
        a = this.exprs(s.bases), b = this.keywords(s.keywords), c = this.body(s.body), d = this.exprs(s.decorator_list);
        return a === s.bases && b === s.keywords && c === s.body && d === s.decorator_list ? s : B.ClassDef(s.name, a, b, c, d, s);
      case "Return":
        a = this.optExpr(s.value);
        return a === s.value ? s : B.Return(a, s);
      case "Delete":
        a = this.exprs(s.targets);
        return a === s.targets ? s : B.Delete(a, s);
      case "Assign":
        a = this.exprs(s.targets), b = this.expr(s.value);
        return a === s.targets && b === s.value ? s : B.Assign(a, b, s.type_comment, s);
      case "AugAssign":
        a = this.expr(s.target), b = this.expr(s.value);
        return a === s.target && b === s.value ? s : B.AugAssign(a, s.op, b, s);
      case "AnnAssign":
        a = this.expr(s.target), b = this.annotation(s.annotation), c = this.optExpr(s.value);
        return a === s.target && b === s.annotation && c === s.value ? s : B.AnnAssign(a, b, c, s.simple, s);
      case "For":
        a = this.expr(s.target), b = this.foldIter(this.expr(s.iter)), c = this.stmts(s.body), d = this.stmts(s.orelse);
        return a === s.target && b === s.iter && c === s.body && d === s.orelse ? s : B.For(a, b, c, d, s.type_comment, s);
      case "AsyncFor":
        a = this.expr(s.target), b = this.expr(s.iter), c = this.stmts(s.body), d = this.stmts(s.orelse);
        return a === s.target && b === s.iter && c === s.body && d === s.orelse ? s : B.AsyncFor(a, b, c, d, s.type_comment, s);
      case "While":
      case "If":
        a = this.expr(s.test), b = this.stmts(s.body), c = this.stmts(s.orelse);
        return a === s.test && b === s.body && c === s.orelse ? s : (s._type === "If" ? B.If : B.While)(a, b, c, s);
      case "With":
      case "AsyncWith":
        a = this.withItems(s.items), b = this.stmts(s.body);
        return a === s.items && b === s.body ? s : (s._type === "With" ? B.With : B.AsyncWith)(a, b, s.type_comment, s);
      case "Match":
        a = this.expr(s.subject), b = mapSame(s.cases, (k) => this.matchCase(k));
        return a === s.subject && b === s.cases ? s : B.Match(a, b, s);
      case "Raise":
        a = this.optExpr(s.exc), b = this.optExpr(s.cause);
        return a === s.exc && b === s.cause ? s : B.Raise(a, b, s);
      case "Try":
        a = this.stmts(s.body), b = mapSame(s.handlers, (h) => this.handler(h)), c = this.stmts(s.orelse), d = this.stmts(s.finalbody);
        return a === s.body && b === s.handlers && c === s.orelse && d === s.finalbody ? s : B.Try(a, b, c, d, s);
      case "Assert":
        a = this.expr(s.test), b = this.optExpr(s.msg);
        return a === s.test && b === s.msg ? s : B.Assert(a, b, s);
      case "Expr":
        a = this.expr(s.value);
        return a === s.value ? s : B.Expr(a, s);
      case "Import": case "ImportFrom": case "Global": case "Nonlocal": case "Pass": case "Break": case "Continue":
        return s;
    }
  }

  private withItems(items: A.withitem[]): A.withitem[] {
    let out: A.withitem[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const e = this.expr(it.context_expr);
      const v = this.optExpr(it.optional_vars);
      const y = e === it.context_expr && v === it.optional_vars ? it : B.withitem(e, v);
      if (y !== it && out === null) out = items.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? items;
  }

  private matchCase(k: A.match_case): A.match_case {
    const p = this.pattern(k.pattern);
    const g = this.optExpr(k.guard);
    const b = this.stmts(k.body);
    return p === k.pattern && g === k.guard && b === k.body ? k : B.match_case(p, g, b);
  }

  private handler(h: A.excepthandler): A.excepthandler {
    const t = this.optExpr(h.type);
    const b = this.stmts(h.body);
    return t === h.type && b === h.body ? h : B.ExceptHandler(t, h.name, b, h);
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
    const posonlyargs = this.args(a.posonlyargs);
    const args = this.args(a.args);
    const vararg = a.vararg && this.arg(a.vararg);
    const kwonlyargs = this.args(a.kwonlyargs);
    const kw_defaults = this.exprs(a.kw_defaults);
    const kwarg = a.kwarg && this.arg(a.kwarg);
    const defaults = this.exprs(a.defaults);
    if (posonlyargs === a.posonlyargs && args === a.args && vararg === a.vararg && kwonlyargs === a.kwonlyargs &&
      kw_defaults === a.kw_defaults && kwarg === a.kwarg && defaults === a.defaults) return a;
    return B.arguments_(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults);
  }

  private arg(x: A.arg): A.arg {
    const ann = this.annotation(x.annotation);
    return ann === x.annotation ? x : B.arg(x.arg, ann, x.type_comment, x);
  }

  private args(xs: A.arg[]): A.arg[] {
    let out: A.arg[] | null = null;
    for (let i = 0; i < xs.length; i++) {
      const y = this.arg(xs[i]);
      if (y !== xs[i] && out === null) out = xs.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? xs;
  }

  private keywords(ks: A.keyword[]): A.keyword[] {
    let out: A.keyword[] | null = null;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      const v = this.expr(k.value);
      const y = v === k.value ? k : B.keyword(k.arg, v, k);
      if (y !== k && out === null) out = ks.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? ks;
  }

  private comprehensions(cs: A.comprehension[]): A.comprehension[] {
    let out: A.comprehension[] | null = null;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      const target = this.expr(c.target);
      const iter = this.foldIter(this.expr(c.iter));
      const ifs = this.exprs(c.ifs);
      const y = target === c.target && iter === c.iter && ifs === c.ifs ? c : B.comprehension(target, iter, ifs, c.is_async);
      if (y !== c && out === null) out = cs.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? cs;
  }

  // --- expressions ----------------------------------------------------------------------------

  /** A list of expressions; `null` entries (dict `**`, missing kw-only defaults) stay null. */
  private exprs(es: A.expr[]): A.expr[] {
    let out: A.expr[] | null = null;
    for (let i = 0; i < es.length; i++) {
      const x = es[i];
      const y = x === null ? x : this.expr(x);
      if (y !== x && out === null) out = es.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? es;
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
    let a: any, b: any, c: any; // one type for every case: see above
    // The commonest kinds first: V8 tests a switch's string cases one after another.
    switch (e._type) {
      case "Name":
        if (e.ctx._type === "Load" && e.id === "__debug__") return makeConst(e, !this.optimize);
        return e;
      case "Constant": return e;
      case "Call":
        a = this.expr(e.func), b = this.exprs(e.args), c = this.keywords(e.keywords);
        return a === e.func && b === e.args && c === e.keywords ? e : B.Call(a, b, c, e);
      case "BoolOp":
        a = this.exprs(e.values);
        return a === e.values ? e : B.BoolOp(e.op, a, e);
      case "BinOp":
        a = this.expr(e.left), b = this.expr(e.right);
        return this.foldBinOp(a === e.left && b === e.right ? e : B.BinOp(a, e.op, b, e));
      case "UnaryOp":
        a = this.expr(e.operand);
        return this.foldUnaryOp(a === e.operand ? e : B.UnaryOp(e.op, a, e));
      case "Lambda":
        a = this.arguments(e.args), b = this.expr(e.body);
        return a === e.args && b === e.body ? e : B.Lambda(a, b, e);
      case "IfExp":
        a = this.expr(e.test), b = this.expr(e.body), c = this.expr(e.orelse);
        return a === e.test && b === e.body && c === e.orelse ? e : B.IfExp(a, b, c, e);
      case "Dict":
        a = this.exprs(e.keys), b = this.exprs(e.values);
        return a === e.keys && b === e.values ? e : B.Dict(a, b, e);
      case "Set":
        a = this.exprs(e.elts);
        return a === e.elts ? e : B.Set(a, e);
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        a = this.expr(e.elt), b = this.comprehensions(e.generators);
        return a === e.elt && b === e.generators ? e : (e._type === "ListComp" ? B.ListComp : e._type === "SetComp" ? B.SetComp : B.GeneratorExp)(a, b, e);
      case "DictComp":
        a = this.expr(e.key), b = this.expr(e.value), c = this.comprehensions(e.generators);
        return a === e.key && b === e.value && c === e.generators ? e : B.DictComp(a, b, c, e);
      case "Attribute":
        a = this.expr(e.value);
        return a === e.value ? e : B.Attribute(a, e.attr, e.ctx, e);
      case "Starred":
        a = this.expr(e.value);
        return a === e.value ? e : B.Starred(a, e.ctx, e);
      case "NamedExpr":
        a = this.expr(e.value);
        return a === e.value ? e : B.NamedExpr(e.target, a, e);
      case "Await":
        a = this.expr(e.value);
        return a === e.value ? e : B.Await(a, e);
      case "YieldFrom":
        a = this.expr(e.value);
        return a === e.value ? e : B.YieldFrom(a, e);
      case "Yield":
        a = this.optExpr(e.value);
        return a === e.value ? e : B.Yield(a, e);
      case "Compare":
        a = this.expr(e.left), b = this.exprs(e.comparators);
        return this.foldCompare(a === e.left && b === e.comparators ? e : B.Compare(a, e.ops, b, e));
      case "FormattedValue":
        a = this.expr(e.value), b = this.optExpr(e.format_spec);
        return a === e.value && b === e.format_spec ? e : B.FormattedValue(a, e.conversion, b, e);
      case "JoinedStr":
        a = this.exprs(e.values);
        return a === e.values ? e : B.JoinedStr(a, e);
      case "Subscript":
        a = this.expr(e.value), b = this.expr(e.slice);
        return this.foldSubscript(a === e.value && b === e.slice ? e : B.Subscript(a, b, e.ctx, e));
      case "Slice":
        a = this.optExpr(e.lower), b = this.optExpr(e.upper), c = this.optExpr(e.step);
        return a === e.lower && b === e.upper && c === e.step ? e : B.Slice(a, b, c, e);
      case "List":
        a = this.exprs(e.elts);
        return a === e.elts ? e : B.List(a, e.ctx, e);
      case "Tuple":
        a = this.exprs(e.elts);
        return this.foldTuple(a === e.elts ? e : B.Tuple(a, e.ctx, e));
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
        if (flipped !== undefined) return B.Compare(arg.left, [flipped], arg.comparators, arg);
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
    return last === e.comparators[i] ? e : B.Compare(e.left, e.ops, [...e.comparators.slice(0, i), last], e);
  }

  /** fold_iter: a list display becomes a tuple (constant if it can), a constant set a frozenset. */
  private foldIter(arg: A.expr): A.expr {
    if (arg._type === "List") {
      if (arg.elts.some((x) => x._type === "Starred")) return arg;
      const tuple = B.Tuple(arg.elts, arg.ctx, arg);
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
