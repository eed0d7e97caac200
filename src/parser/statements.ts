// Statement rules of Grammar/python.gram (3.10): the start rules, simple statements, imports,
// blocks, decorators, class/def, if/while/for/with/try. The match statement is in patterns.ts.
// A `&&':'` of the grammar (a forced token) raises "expected ':'" even in the first pass.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import { foldHints } from "./ast-build.ts";
import * as N from "./ast-nodes.ts";
import { T, type Token } from "./tokens.ts";
import { MemoRule as R, type Parser } from "./parser.ts";
import { countDots, emptyArguments, identifier, joinNames, nameNode, store, withDecorators } from "./actions.ts";
import { arguments_rule, params } from "./arguments.ts";
import { expressions as expressions_rule, expression, named_expression, sepBy, star_expressions, yield_expr } from "./expressions.ts";
import { del_targets, single_subscript_attribute_target, single_target, star_target, star_targets } from "./targets.ts";
import { match_stmt } from "./patterns.ts";
import * as I from "./invalid-rules.ts";

type S = A.stmt;

/** `&&tok`: the token, or "expected '...'" at the token found. */
export function expectForced(p: Parser, type: T, text: string): Token {
  const t = p.peek();
  if (t.type !== type) return p.raiseAtNode(`expected '${text}'`, t);
  p.mark++;
  return t;
}

const typeComment = (t: Token | null) => (t ? t.string : null);

// --- start rules ---------------------------------------------------------------------------

// Nesting as pegen counts it (Parser.level): each rule function below enters the rule calls of
// the generated parser it stands for and leaves them on return (see expressions.ts).

export function file(p: Parser): A.Module | null {
  p.enter(1);
  const a = statements(p);
  p.level--;
  if (!p.expect(T.ENDMARKER)) return null;
  return { _type: "Module", body: a ?? [], type_ignores: p.typeIgnores.map((t) => B.TypeIgnore(t.lineno, t.tag)) };
}

export function interactive(p: Parser): A.Interactive | null {
  p.enter(2); // interactive, statement_newline
  const a = statement_newline(p);
  p.level -= 2;
  return a ? { _type: "Interactive", body: a } : null;
}

export function eval_rule(p: Parser): A.Expression | null {
  p.enter(1);
  const a = expressions_rule(p);
  p.level--;
  if (!a) return null;
  while (p.expect(T.NEWLINE));
  if (!p.expect(T.ENDMARKER)) return null;
  return { _type: "Expression", body: a };
}

export function func_type(p: Parser): A.FunctionType | null {
  p.enter(1);
  const r = funcType(p);
  p.level--;
  return r;
}

function funcType(p: Parser): A.FunctionType | null {
  const mark = p.mark;
  if (!p.expect(T.LPAR)) return null;
  p.enter(1);
  const a = type_expressions(p);
  p.level--;
  if (p.expect(T.RPAR) && p.expect(T.RARROW)) {
    const b = expression(p);
    if (b) {
      while (p.expect(T.NEWLINE));
      if (p.expect(T.ENDMARKER)) return { _type: "FunctionType", argtypes: a ?? [], returns: b };
    }
  }
  p.mark = mark;
  return null;
}

/** type_expressions: the argument types of a function type comment. */
function type_expressions(p: Parser): A.expr[] | null {
  const mark = p.mark;
  const list = sepBy(p, expression) ?? [];
  const m = p.mark;
  if (list.length === 0 || p.expect(T.COMMA)) {
    if (p.expect(T.STAR)) {
      const a = expression(p);
      if (a) {
        const m2 = p.mark;
        if (p.expect(T.COMMA) && p.expect(T.DOUBLESTAR)) {
          const b = expression(p);
          if (b) return [...list, a, b];
        }
        p.mark = m2;
        return [...list, a];
      }
    } else if (p.expect(T.DOUBLESTAR)) {
      const b = expression(p);
      if (b) return [...list, b];
    }
  }
  p.mark = m;
  if (list.length) return list;
  p.mark = mark;
  return null;
}

// --- statements ----------------------------------------------------------------------------

export function statements(p: Parser): S[] | null {
  let out: S[] | null = null;
  p.enter(2); // statements and its _loop1
  for (;;) {
    const candidates = foldHints.candidates;
    const a = statement(p);
    if (!a) {
      p.level -= 2;
      return out;
    }
    // Nothing the optimiser could fold was built (see foldHints). Every node of the statement was
    // built in this call: in the first pass no rule reads past a statement's end but for peeking
    // at one token, and a failing first pass always ends in a SyntaxError. Only one-line statements
    // are recorded, whose depth the optimiser can bound by their width (RecursionError).
    if (foldHints.candidates === candidates) {
      for (const s of a) if (s.lineno === s.end_lineno) foldHints.unchanged.add(s);
    }
    if (out) for (const s of a) out.push(s);
    else out = a.slice();
  }
}

function statement(p: Parser): S[] | null {
  p.enter(1);
  const a = compound_stmt(p);
  const r = a ? [a] : simple_stmts(p);
  p.level--;
  return r;
}

function statement_newline(p: Parser): S[] | null {
  const mark = p.mark;
  const a = compound_stmt(p);
  if (a && p.expect(T.NEWLINE)) return [a];
  p.mark = mark;
  const b = simple_stmts(p);
  if (b) return b;
  const t = p.peek();
  if (t.type === T.NEWLINE) {
    p.mark++;
    return [B.Pass(p.loc(mark))];
  }
  // ENDMARKER: _PyPegen_interactive_exit fails without an error of its own
  return null;
}

export function simple_stmts(p: Parser): S[] | null {
  const mark = p.mark;
  p.enter(1);
  const a = simple_stmt(p);
  if (a && !p.at(T.SEMI) && p.expect(T.NEWLINE)) {
    p.level--;
    return [a];
  }
  p.mark = mark;
  const list = sepBySemi(p);
  p.level--;
  if (list) {
    p.expect(T.SEMI);
    if (p.expect(T.NEWLINE)) return list;
  }
  p.mark = mark;
  return null;
}

/** ';'.simple_stmt+: a _gather, whose later items go through its _loop0. */
function sepBySemi(p: Parser): S[] | null {
  p.enter(1);
  const a = simple_stmt(p);
  if (!a) {
    p.level--;
    return null;
  }
  const out = [a];
  p.enter(1);
  while (p.at(T.SEMI)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(simple_stmt);
    if (!b) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.level -= 2;
  return out;
}

function simple_stmt(p: Parser): S | null {
  const hit = p.memoEnter(R.simple_stmt);
  if (hit !== undefined) return hit as S | null;
  const mark = p.mark;
  const r = simple_stmt_raw(p);
  if (!r) p.mark = mark;
  p.memoSet(mark, R.simple_stmt, r);
  p.level--;
  return r;
}

function simple_stmt_raw(p: Parser): S | null {
  const mark = p.mark;
  const a = assignment(p);
  if (a) return a;
  p.mark = mark;
  const e = star_expressions(p);
  if (e) return B.Expr(e, p.loc(mark));
  p.mark = mark;
  const t = p.peek().type;
  // return_stmt, raise_stmt, yield_stmt, assert_stmt, global_stmt, nonlocal_stmt are rules of
  // their own in pegen's parser; import_stmt and del_stmt count themselves.
  const own = t === T.RETURN || t === T.RAISE || t === T.YIELD || t === T.ASSERT || t === T.GLOBAL || t === T.NONLOCAL;
  if (own) p.enter(1);
  const r = keywordStatement(p, mark);
  if (own) p.level--;
  return r;
}

/** The simple statements that start with a keyword. */
function keywordStatement(p: Parser, mark: number): S | null {
  const t = p.peek();
  switch (t.type) {
    case T.RETURN: {
      p.mark++;
      const v = star_expressions(p);
      return B.Return(v, p.loc(mark));
    }
    case T.IMPORT: case T.FROM: return import_stmt(p);
    case T.RAISE: {
      p.mark++;
      const x = expression(p);
      if (x) {
        const m = p.mark;
        if (p.expect(T.FROM)) {
          const z = expression(p);
          if (z) return B.Raise(x, z, p.loc(mark));
        }
        p.mark = m;
        return B.Raise(x, null, p.loc(mark));
      }
      p.mark = mark + 1;
      return B.Raise(null, null, p.loc(mark));
    }
    case T.PASS: p.mark++; return B.Pass(p.loc(mark));
    case T.DEL: return del_stmt(p);
    case T.YIELD: {
      const y = yield_expr(p);
      return y ? B.Expr(y, p.loc(mark)) : null;
    }
    case T.ASSERT: {
      p.mark++;
      const x = expression(p);
      if (!x) break;
      const m = p.mark;
      if (p.expect(T.COMMA)) {
        const z = expression(p);
        if (z) return B.Assert(x, z, p.loc(mark));
      }
      p.mark = m;
      return B.Assert(x, null, p.loc(mark));
    }
    case T.BREAK: p.mark++; return B.Break(p.loc(mark));
    case T.CONTINUE: p.mark++; return B.Continue(p.loc(mark));
    case T.GLOBAL: case T.NONLOCAL: {
      p.mark++;
      const names = sepBy(p, (p) => p.expect(T.NAME));
      if (!names) break;
      const ids = names.map((n) => identifier(n.string));
      return t.type === T.GLOBAL ? B.Global(ids, p.loc(mark)) : B.Nonlocal(ids, p.loc(mark));
    }
  }
  p.mark = mark;
  return null;
}

function augassign(p: Parser): A.operator | null {
  const t = p.peek().type;
  let op: A.operator | null = null;
  switch (t) {
    case T.PLUSEQUAL: op = N.Add; break;
    case T.MINEQUAL: op = N.Sub; break;
    case T.STAREQUAL: op = N.Mult; break;
    case T.ATEQUAL: op = p.checkVersion(5, "The '@' operator is", N.MatMult); break;
    case T.SLASHEQUAL: op = N.Div; break;
    case T.PERCENTEQUAL: op = N.Mod; break;
    case T.AMPEREQUAL: op = N.BitAnd; break;
    case T.VBAREQUAL: op = N.BitOr; break;
    case T.CIRCUMFLEXEQUAL: op = N.BitXor; break;
    case T.LEFTSHIFTEQUAL: op = N.LShift; break;
    case T.RIGHTSHIFTEQUAL: op = N.RShift; break;
    case T.DOUBLESTAREQUAL: op = N.Pow; break;
    case T.DOUBLESLASHEQUAL: op = N.FloorDiv; break;
  }
  if (op) p.mark++;
  return op;
}

/** annotated_rhs, and the groups (yield_expr | star_expressions) of Assign and AugAssign (a _tmp rule each). */
function annotated_rhs(p: Parser): A.expr | null {
  p.enter(1);
  const r = yield_expr(p) ?? star_expressions(p);
  p.level--;
  return r;
}

function assignment(p: Parser): S | null {
  p.enter(1);
  const r = assignmentBody(p);
  p.level--;
  return r;
}

function assignmentBody(p: Parser): S | null {
  const mark = p.mark;
  // a=NAME ':' b=expression c=['=' d=annotated_rhs]
  const n = p.expect(T.NAME);
  if (n && p.expect(T.COLON)) {
    const b = expression(p);
    if (b) {
      const c = assignValue(p);
      return p.checkVersion(6, "Variable annotation syntax is", B.AnnAssign(store(nameNode(n)), b, c, 1, p.loc(mark)));
    }
  }
  p.mark = mark;
  // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs]
  let t: A.expr | null = null;
  p.enter(1); // the group is a _tmp rule
  if (p.expect(T.LPAR)) {
    const b = single_target(p);
    if (b && p.expect(T.RPAR)) t = b;
    else p.mark = mark;
  }
  if (!t) t = single_subscript_attribute_target(p);
  p.level--;
  if (t && p.expect(T.COLON)) {
    const b = expression(p);
    if (b) {
      const c = assignValue(p);
      return p.checkVersion(6, "Variable annotations syntax is", B.AnnAssign(t, b, c, 0, p.loc(mark)));
    }
  }
  p.mark = mark;
  // a=(z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT]
  let targets: A.expr[] | null = null; // made at the first target: most statements have none
  p.enter(2); // (star_targets '=')+: a _loop1 and a _tmp
  for (;;) {
    const m = p.mark;
    const z = star_targets(p);
    if (!z || !p.expect(T.EQUAL)) {
      p.mark = m;
      break;
    }
    (targets ??= []).push(z);
  }
  p.level -= 2;
  if (targets !== null) {
    const b = annotated_rhs(p);
    if (b && !p.at(T.EQUAL)) {
      const tc = p.expect(T.TYPE_COMMENT);
      return B.Assign(targets, b, typeComment(tc), p.loc(mark));
    }
  }
  p.mark = mark;
  // a=single_target b=augassign ~ c=(yield_expr | star_expressions)
  const st = single_target(p);
  if (st) {
    const op = augassign(p);
    if (op) {
      const c = annotated_rhs(p);
      if (c) return B.AugAssign(st, op, c, p.loc(mark));
      p.mark = mark;
      return null; // cut
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    p.enter(1);
    I.invalid_assignment(p);
    p.level--;
    p.mark = mark;
  }
  return null;
}

function assignValue(p: Parser): A.expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL)) {
    p.enter(1); // ['=' d=annotated_rhs]: a _tmp
    const d = annotated_rhs(p);
    p.level--;
    if (d) return d;
  }
  p.mark = m;
  return null;
}

function del_stmt(p: Parser): S | null {
  const mark = p.mark;
  p.mark++;
  p.enter(1);
  const a = del_targets(p);
  if (a && (p.at(T.SEMI) || p.at(T.NEWLINE))) {
    p.level--;
    return B.Delete(a, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_del_stmt(p);
    p.mark = mark;
  }
  p.level--;
  return null;
}

// --- imports -------------------------------------------------------------------------------

function import_stmt(p: Parser): S | null {
  const hit = p.memoGet(R.import_stmt);
  if (hit !== undefined) return hit as S | null;
  const mark = p.mark;
  const r = import_name(p) ?? import_from(p);
  if (!r) p.mark = mark;
  p.memoSet(mark, R.import_stmt, r);
  return r;
}

function import_name(p: Parser): S | null {
  const mark = p.mark;
  if (!p.expect(T.IMPORT)) return null;
  const a = sepBy(p, dotted_as_name);
  if (a) return B.Import(a, p.loc(mark));
  p.mark = mark;
  return null;
}

function dotted_as_name(p: Parser): A.alias | null {
  const mark = p.mark;
  const a = dotted_name(p);
  if (!a) return null;
  const asname = asName(p);
  return B.alias(a.id, asname, p.loc(mark));
}

function asName(p: Parser): string | null {
  const m = p.mark;
  if (p.expect(T.AS)) {
    const z = p.expect(T.NAME);
    if (z) return identifier(z.string);
  }
  p.mark = m;
  return null;
}

function dotted_name(p: Parser): A.Name | null {
  const t = p.expect(T.NAME);
  if (!t) return null;
  let a = nameNode(t);
  for (;;) {
    const m = p.mark;
    if (!p.expect(T.DOT)) break;
    const b = p.expect(T.NAME);
    if (!b) {
      p.mark = m;
      break;
    }
    a = joinNames(a, nameNode(b));
  }
  return a;
}

function import_from(p: Parser): S | null {
  const mark = p.mark;
  if (!p.expect(T.FROM)) return null;
  const dots: Token[] = [];
  for (;;) {
    const d = p.expect(T.DOT) ?? p.expect(T.ELLIPSIS);
    if (!d) break;
    dots.push(d);
  }
  const m = p.mark;
  const b = dotted_name(p);
  if (b && p.expect(T.IMPORT)) {
    const c = import_from_targets(p);
    if (c) return B.ImportFrom(b.id, c, countDots(dots), p.loc(mark));
  }
  p.mark = m;
  if (dots.length && p.expect(T.IMPORT)) {
    const c = import_from_targets(p);
    if (c) return B.ImportFrom(null, c, countDots(dots), p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function import_from_targets(p: Parser): A.alias[] | null {
  const mark = p.mark;
  if (p.expect(T.LPAR)) {
    const a = sepBy(p, import_from_as_name);
    if (a) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR)) return a;
    }
    p.mark = mark;
  }
  const a = sepBy(p, import_from_as_name);
  if (a && !p.at(T.COMMA)) return a;
  p.mark = mark;
  if (p.expect(T.STAR)) return [B.alias("*", null, p.loc(mark))];
  if (p.callInvalidRules) {
    I.invalid_import_from_targets(p);
    p.mark = mark;
  }
  return null;
}

function import_from_as_name(p: Parser): A.alias | null {
  const mark = p.mark;
  const a = p.expect(T.NAME);
  if (!a) return null;
  return B.alias(identifier(a.string), asName(p), p.loc(mark));
}

// --- compound statements -------------------------------------------------------------------

export function block(p: Parser): S[] | null {
  const hit = p.memoEnter(R.block);
  if (hit !== undefined) return hit as S[] | null;
  const mark = p.mark;
  let r: S[] | null = null;
  if (p.expect(T.NEWLINE) && p.expect(T.INDENT)) {
    const a = statements(p);
    if (a && p.expect(T.DEDENT)) r = a;
  }
  if (!r) {
    p.mark = mark;
    r = simple_stmts(p);
  }
  if (!r) {
    p.mark = mark;
    if (p.callInvalidRules) {
      I.invalid_block(p);
      p.mark = mark;
    }
  }
  p.memoSet(mark, R.block, r);
  p.level--;
  return r;
}

/** compound_stmt, and the statement rule it calls (function_def and class_def: with their _raw rule; if_stmt counts itself). */
function compound_stmt(p: Parser): S | null {
  const t = p.peek();
  const k = t.type;
  const n = k === T.IF ? 1 : k === T.DEF || k === T.AT || k === T.ASYNC || k === T.CLASS ? 3 : k === T.NAME && t.string !== "match" ? 1 : 2;
  p.enter(n);
  const r = compoundStatement(p);
  p.level -= n;
  return r;
}

function compoundStatement(p: Parser): S | null {
  switch (p.peek().type) {
    case T.DEF: return function_def(p);
    case T.AT: return function_def(p) ?? class_def(p);
    case T.ASYNC: return function_def(p) ?? with_stmt(p) ?? for_stmt(p);
    case T.IF: return if_stmt(p);
    case T.CLASS: return class_def(p);
    case T.WITH: return with_stmt(p);
    case T.FOR: return for_stmt(p);
    case T.TRY: return try_stmt(p);
    case T.WHILE: return while_stmt(p);
    case T.NAME: return match_stmt(p);
  }
  return null;
}

function decorators(p: Parser): A.expr[] | null {
  let out: A.expr[] | null = null;
  // decorators, its _loop1 and _tmp, where compound_stmt counted function_def_raw (or class_def_raw)
  p.enter(2);
  for (;;) {
    const m = p.mark;
    if (!p.expect(T.AT)) break;
    const f = named_expression(p);
    if (!f || !p.expect(T.NEWLINE)) {
      p.mark = m;
      break;
    }
    (out ??= []).push(f);
  }
  p.level -= 2;
  return out;
}

function class_def(p: Parser): S | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d) {
    const b = class_def_raw(p);
    if (b) return withDecorators(d, b);
    p.mark = mark;
    return null;
  }
  return class_def_raw(p);
}

function class_def_raw(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_class_def_raw(p);
    p.mark = mark;
  }
  if (!p.expect(T.CLASS)) return null;
  const a = p.expect(T.NAME);
  if (!a) {
    p.mark = mark;
    return null;
  }
  let bases: A.expr[] = [];
  let keywords: A.keyword[] = [];
  const m = p.mark;
  if (p.expect(T.LPAR)) {
    p.enter(1); // ['(' z=[arguments] ')']: a _tmp
    const z = arguments_rule(p);
    p.level--;
    if (p.expect(T.RPAR)) {
      if (z) {
        bases = z.args;
        keywords = z.keywords;
      }
    } else p.mark = m;
  }
  expectForced(p, T.COLON, ":");
  const c = block(p);
  if (!c) {
    p.mark = mark;
    return null;
  }
  return B.ClassDef(identifier(a.string), bases, keywords, c, [], p.loc(mark));
}

function function_def(p: Parser): S | null {
  const mark = p.mark;
  const d = decorators(p);
  if (d) {
    const f = function_def_raw(p);
    if (f) return withDecorators(d, f);
    p.mark = mark;
    return null;
  }
  return function_def_raw(p);
}

function function_def_raw(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_def_raw(p);
    p.mark = mark;
  }
  const isAsync = p.expect(T.ASYNC) !== null;
  if (!p.expect(T.DEF)) {
    p.mark = mark;
    return null;
  }
  const n = p.expect(T.NAME);
  if (!n || !p.expect(T.LPAR)) {
    p.mark = mark;
    return null;
  }
  const ps = params(p);
  if (!p.expect(T.RPAR)) {
    p.mark = mark;
    return null;
  }
  let returns: A.expr | null = null;
  const m = p.mark;
  if (p.expect(T.RARROW)) {
    p.enter(1); // ['->' z=expression]: a _tmp
    returns = expression(p);
    p.level--;
    if (!returns) p.mark = m;
  }
  expectForced(p, T.COLON, ":");
  const tc = func_type_comment(p);
  const b = block(p);
  if (!b) {
    p.mark = mark;
    return null;
  }
  const args = ps ?? emptyArguments();
  const name = identifier(n.string);
  if (isAsync) return p.checkVersion(5, "Async functions are", B.AsyncFunctionDef(name, args, b, [], returns, typeComment(tc), p.loc(mark)));
  return B.FunctionDef(name, args, b, [], returns, typeComment(tc), p.loc(mark));
}

function func_type_comment(p: Parser): Token | null {
  const mark = p.mark;
  if (p.expect(T.NEWLINE)) {
    const t = p.expect(T.TYPE_COMMENT);
    if (t) {
      const m = p.mark;
      const ok = p.expect(T.NEWLINE) && p.expect(T.INDENT);
      p.mark = m;
      if (ok) return t;
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_double_type_comments(p);
    p.mark = mark;
  }
  return p.expect(T.TYPE_COMMENT);
}

function if_stmt(p: Parser): S | null {
  const mark = p.mark;
  p.enter(1);
  if (p.callInvalidRules) {
    I.invalid_if_stmt(p);
    p.mark = mark;
  }
  const r = ifBody(p, mark);
  p.level--;
  return r;
}

/** The part shared by if_stmt and elif_stmt after their keyword. */
function ifBody(p: Parser, mark: number): S | null {
  p.mark++;
  const a = named_expression(p);
  if (!a || !p.expect(T.COLON)) {
    p.mark = mark;
    return null;
  }
  const b = block(p);
  if (!b) {
    p.mark = mark;
    return null;
  }
  if (p.at(T.ELIF)) {
    const c = elif_stmt(p);
    if (c) return B.If(a, b, [c], p.loc(mark));
  }
  const c = else_block(p);
  return B.If(a, b, c ?? [], p.loc(mark));
}

function elif_stmt(p: Parser): S | null {
  const mark = p.mark;
  p.enter(1);
  if (p.callInvalidRules) {
    I.invalid_elif_stmt(p);
    p.mark = mark;
  }
  const r = p.at(T.ELIF) ? ifBody(p, mark) : null;
  p.level--;
  return r;
}

function else_block(p: Parser): S[] | null {
  const mark = p.mark;
  p.enter(1);
  if (p.callInvalidRules) {
    I.invalid_else_stmt(p);
    p.mark = mark;
  }
  let b: S[] | null = null;
  if (p.expect(T.ELSE)) {
    expectForced(p, T.COLON, ":");
    b = block(p);
    if (!b) p.mark = mark;
  }
  p.level--;
  return b;
}

function while_stmt(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_while_stmt(p);
    p.mark = mark;
  }
  p.mark++;
  const a = named_expression(p);
  if (a && p.expect(T.COLON)) {
    const b = block(p);
    if (b) {
      const c = else_block(p);
      return B.While(a, b, c ?? [], p.loc(mark));
    }
  }
  p.mark = mark;
  return null;
}

function for_stmt(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_for_stmt(p);
    p.mark = mark;
  }
  const isAsync = p.expect(T.ASYNC) !== null;
  if (p.expect(T.FOR)) {
    const t = star_targets(p);
    if (t && p.expect(T.IN)) {
      const ex = star_expressions(p);
      if (!ex) {
        p.mark = mark;
        return null; // cut
      }
      expectForced(p, T.COLON, ":");
      const tc = p.expect(T.TYPE_COMMENT);
      const b = block(p);
      if (!b) {
        p.mark = mark;
        return null;
      }
      const el = else_block(p);
      const l = p.loc(mark);
      if (isAsync) return p.checkVersion(5, "Async for loops are", B.AsyncFor(t, ex, b, el ?? [], typeComment(tc), l));
      return B.For(t, ex, b, el ?? [], typeComment(tc), l);
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_for_target(p);
    p.mark = mark;
  }
  return null;
}

function with_stmt(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_with_stmt_indent(p);
    p.mark = mark;
  }
  const isAsync = p.expect(T.ASYNC) !== null;
  if (!p.expect(T.WITH)) {
    p.mark = mark;
    return null;
  }
  const afterWith = p.mark;
  // '(' ','.with_item+ ','? ')' ':' block
  if (p.expect(T.LPAR)) {
    const a = sepBy(p, with_item);
    if (a) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) && p.expect(T.COLON)) {
        const b = block(p);
        if (b) return withNode(p, isAsync, a, b, null, mark);
      }
    }
  }
  p.mark = afterWith;
  const a = sepBy(p, with_item);
  if (a && p.expect(T.COLON)) {
    const tc = p.expect(T.TYPE_COMMENT);
    const b = block(p);
    if (b) return withNode(p, isAsync, a, b, typeComment(tc), mark);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_with_stmt(p);
    p.mark = mark;
  }
  return null;
}

function withNode(p: Parser, isAsync: boolean, items: A.withitem[], body: S[], tc: string | null, mark: number): S {
  const l = p.loc(mark);
  if (isAsync) return p.checkVersion(5, "Async with statements are", B.AsyncWith(items, body, tc, l));
  return B.With(items, body, tc, l);
}

function with_item(p: Parser): A.withitem | null {
  p.enter(1);
  const r = withItem(p);
  p.level--;
  return r;
}

function withItem(p: Parser): A.withitem | null {
  const mark = p.mark;
  const e = expression(p);
  if (!e) return null;
  const m = p.mark;
  if (p.expect(T.AS)) {
    const t = star_target(p);
    const nt = p.peek().type;
    if (t && (nt === T.COMMA || nt === T.RPAR || nt === T.COLON)) return B.withitem(e, t);
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_with_item(p);
    p.mark = mark;
  }
  p.mark = m;
  return B.withitem(e, null);
}

function try_stmt(p: Parser): S | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_try_stmt(p);
    p.mark = mark;
  }
  p.mark++;
  expectForced(p, T.COLON, ":");
  const b = block(p);
  if (!b) {
    p.mark = mark;
    return null;
  }
  const afterBody = p.mark;
  const f = finally_block(p);
  if (f) return B.Try(b, [], [], f, p.loc(mark));
  p.mark = afterBody;
  const ex: A.excepthandler[] = [];
  for (;;) {
    p.enter(1); // except_block+: a _loop1
    const h = except_block(p);
    p.level--;
    if (!h) break;
    ex.push(h);
  }
  if (ex.length) {
    const el = else_block(p);
    const fb = finally_block(p);
    return B.Try(b, ex, el ?? [], fb ?? [], p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function except_block(p: Parser): A.excepthandler | null {
  p.enter(1);
  const r = exceptBlock(p);
  p.level--;
  return r;
}

function exceptBlock(p: Parser): A.excepthandler | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_except_stmt_indent(p);
    p.mark = mark;
  }
  if (!p.expect(T.EXCEPT)) return null;
  const e = expression(p);
  if (e) {
    const t = asName(p);
    if (p.expect(T.COLON)) {
      const b = block(p);
      if (b) return B.ExceptHandler(e, t, b, p.loc(mark));
    }
  }
  p.mark = mark + 1;
  if (p.expect(T.COLON)) {
    const b = block(p);
    if (b) return B.ExceptHandler(null, null, b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_except_stmt(p);
    p.mark = mark;
  }
  return null;
}

function finally_block(p: Parser): S[] | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_finally_stmt(p);
    p.mark = mark;
  }
  if (!p.expect(T.FINALLY)) return null;
  expectForced(p, T.COLON, ":");
  const a = block(p);
  if (!a) p.mark = mark;
  return a;
}

