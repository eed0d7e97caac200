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
        return a === s.args && b === s.body && c === s.decorator_list && d === s.returns ? s : { ...s, args: a, body: b, decorator_list: c, returns: d };
      case "ClassDef":
        a = this.exprs(s.bases), b = this.keywords(s.keywords), c = this.body(s.body), d = this.exprs(s.decorator_list);
        return a === s.bases && b === s.keywords && c === s.body && d === s.decorator_list ? s : { ...s, bases: a, keywords: b, body: c, decorator_list: d };
      case "Return":
        a = this.optExpr(s.value);
        return a === s.value ? s : { ...s, value: a };
      case "Delete":
        a = this.exprs(s.targets);
        return a === s.targets ? s : { ...s, targets: a };
      case "Assign":
        a = this.exprs(s.targets), b = this.expr(s.value);
        return a === s.targets && b === s.value ? s : { ...s, targets: a, value: b };
      case "AugAssign":
        a = this.expr(s.target), b = this.expr(s.value);
        return a === s.target && b === s.value ? s : { ...s, target: a, value: b };
      case "AnnAssign":
        a = this.expr(s.target), b = this.annotation(s.annotation), c = this.optExpr(s.value);
        return a === s.target && b === s.annotation && c === s.value ? s : { ...s, target: a, annotation: b, value: c };
      case "For":
        a = this.expr(s.target), b = this.foldIter(this.expr(s.iter)), c = this.stmts(s.body), d = this.stmts(s.orelse);
        return a === s.target && b === s.iter && c === s.body && d === s.orelse ? s : { ...s, target: a, iter: b, body: c, orelse: d };
      case "AsyncFor":
        a = this.expr(s.target), b = this.expr(s.iter), c = this.stmts(s.body), d = this.stmts(s.orelse);
        return a === s.target && b === s.iter && c === s.body && d === s.orelse ? s : { ...s, target: a, iter: b, body: c, orelse: d };
      case "While":
      case "If":
        a = this.expr(s.test), b = this.stmts(s.body), c = this.stmts(s.orelse);
        return a === s.test && b === s.body && c === s.orelse ? s : { ...s, test: a, body: b, orelse: c };
      case "With":
      case "AsyncWith":
        a = this.withItems(s.items), b = this.stmts(s.body);
        return a === s.items && b === s.body ? s : { ...s, items: a, body: b };
      case "Match":
        a = this.expr(s.subject), b = mapSame(s.cases, (k) => this.matchCase(k));
        return a === s.subject && b === s.cases ? s : { ...s, subject: a, cases: b };
      case "Raise":
        a = this.optExpr(s.exc), b = this.optExpr(s.cause);
        return a === s.exc && b === s.cause ? s : { ...s, exc: a, cause: b };
      case "Try":
        a = this.stmts(s.body), b = mapSame(s.handlers, (h) => this.handler(h)), c = this.stmts(s.orelse), d = this.stmts(s.finalbody);
        return a === s.body && b === s.handlers && c === s.orelse && d === s.finalbody ? s : { ...s, body: a, handlers: b, orelse: c, finalbody: d };
      case "Assert":
        a = this.expr(s.test), b = this.optExpr(s.msg);
        return a === s.test && b === s.msg ? s : { ...s, test: a, msg: b };
      case "Expr":
        a = this.expr(s.value);
        return a === s.value ? s : { ...s, value: a };
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
      const y = e === it.context_expr && v === it.optional_vars ? it : { ...it, context_expr: e, optional_vars: v };
      if (y !== it && out === null) out = items.slice(0, i);
      if (out !== null) out.push(y);
    }
    return out ?? items;
  }

  private matchCase(k: A.match_case): A.match_case {
    const p = this.pattern(k.pattern);
    const g = this.optExpr(k.guard);
    const b = this.stmts(k.body);
    return p === k.pattern && g === k.guard && b === k.body ? k : { ...k, pattern: p, guard: g, body: b };
  }

  private handler(h: A.excepthandler): A.excepthandler {
    const t = this.optExpr(h.type);
    const b = this.stmts(h.body);
    return t === h.type && b === h.body ? h : { ...h, type: t, body: b };
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
    return { ...a, posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
  }

  private arg(x: A.arg): A.arg {
    const ann = this.annotation(x.annotation);
    return ann === x.annotation ? x : { ...x, annotation: ann };
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
      const y = v === k.value ? k : { ...k, value: v };
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
      const y = target === c.target && iter === c.iter && ifs === c.ifs ? c : { ...c, target, iter, ifs };
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
        return a === e.func && b === e.args && c === e.keywords ? e : { ...e, func: a, args: b, keywords: c };
      case "BoolOp":
        a = this.exprs(e.values);
        return a === e.values ? e : { ...e, values: a };
      case "BinOp":
        a = this.expr(e.left), b = this.expr(e.right);
        return this.foldBinOp(a === e.left && b === e.right ? e : { ...e, left: a, right: b });
      case "UnaryOp":
        a = this.expr(e.operand);
        return this.foldUnaryOp(a === e.operand ? e : { ...e, operand: a });
      case "Lambda":
        a = this.arguments(e.args), b = this.expr(e.body);
        return a === e.args && b === e.body ? e : { ...e, args: a, body: b };
      case "IfExp":
        a = this.expr(e.test), b = this.expr(e.body), c = this.expr(e.orelse);
        return a === e.test && b === e.body && c === e.orelse ? e : { ...e, test: a, body: b, orelse: c };
      case "Dict":
        a = this.exprs(e.keys), b = this.exprs(e.values);
        return a === e.keys && b === e.values ? e : { ...e, keys: a, values: b };
      case "Set":
        a = this.exprs(e.elts);
        return a === e.elts ? e : { ...e, elts: a };
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        a = this.expr(e.elt), b = this.comprehensions(e.generators);
        return a === e.elt && b === e.generators ? e : { ...e, elt: a, generators: b };
      case "DictComp":
        a = this.expr(e.key), b = this.expr(e.value), c = this.comprehensions(e.generators);
        return a === e.key && b === e.value && c === e.generators ? e : { ...e, key: a, value: b, generators: c };
      case "Await":
      case "YieldFrom":
      case "Attribute":
      case "Starred":
      case "NamedExpr":
        a = this.expr(e.value);
        return a === e.value ? e : { ...e, value: a };
      case "Yield":
        a = this.optExpr(e.value);
        return a === e.value ? e : { ...e, value: a };
      case "Compare":
        a = this.expr(e.left), b = this.exprs(e.comparators);
        return this.foldCompare(a === e.left && b === e.comparators ? e : { ...e, left: a, comparators: b });
      case "FormattedValue":
        a = this.expr(e.value), b = this.optExpr(e.format_spec);
        return a === e.value && b === e.format_spec ? e : { ...e, value: a, format_spec: b };
      case "JoinedStr":
        a = this.exprs(e.values);
        return a === e.values ? e : { ...e, values: a };
      case "Subscript":
        a = this.expr(e.value), b = this.expr(e.slice);
        return this.foldSubscript(a === e.value && b === e.slice ? e : { ...e, value: a, slice: b });
      case "Slice":
        a = this.optExpr(e.lower), b = this.optExpr(e.upper), c = this.optExpr(e.step);
        return a === e.lower && b === e.upper && c === e.step ? e : { ...e, lower: a, upper: b, step: c };
      case "List":
        a = this.exprs(e.elts);
        return a === e.elts ? e : { ...e, elts: a };
      case "Tuple":
        a = this.exprs(e.elts);
        return this.foldTuple(a === e.elts ? e : { ...e, elts: a });
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
