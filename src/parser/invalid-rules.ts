// The invalid_ rules of Grammar/python.gram (3.10): they run only in the second pass, after the
// first pass failed, and exist to raise a precise SyntaxError ("expected ':'", "Perhaps you forgot
// a comma?", "cannot assign to ...", "expected an indented block after ..."). Each function either
// raises or returns with nothing matched; callers restore the mark.
import type * as A from "./ast-nodes.ts";
import { Ellipsis } from "../bytecode/constants.ts";
import { T, type Token } from "./tokens.ts";
import type { Parser } from "./parser.ts";

import {
  args, bitwise_or, disjunction, double_starred_kvpair, expression, expression_without_invalid, expressions,
  for_if_clauses, genexp, list, named_expression, sepBy, star_expressions, star_named_expression,
  star_named_expressions, starred_expression, tuple, yield_expr,
} from "./expressions.ts";
import { DEF, LAMBDA, many, param_no_default, param_with_default, slash_with_default, arguments_rule, params, type Flavor } from "./arguments.ts";
import { star_target, star_targets } from "./targets.ts";
import { block } from "./statements.ts";
import { keyword_pattern, name_or_attr, or_pattern, patterns, positional_pattern, subject_expr } from "./patterns.ts";

type E = A.expr;

// --- helpers (pegen.c) ---------------------------------------------------------------------

/** _PyPegen_get_expr_name. */
export function exprName(e: E): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === Ellipsis) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

const enum Targets { STAR, DEL, FOR }

/** _PyPegen_get_invalid_target. */
function invalidTarget(e: E | null, type: Targets): E | null {
  if (!e) return null;
  switch (e._type) {
    case "List": case "Tuple":
      for (const x of e.elts) {
        const c = invalidTarget(x, type);
        if (c) return c;
      }
      return null;
    case "Starred":
      return type === Targets.DEL ? e : invalidTarget(e.value, type);
    case "Compare":
      if (type === Targets.FOR) return e.ops[0]._type === "In" ? invalidTarget(e.left, type) : null;
      return e;
    case "Name": case "Subscript": case "Attribute":
      return null;
    default:
      return e;
  }
}

/**
 * RAISE_SYNTAX_ERROR_INVALID_TARGET: raises at the invalid target inside `e`, if there is one. If
 * not, 3.10.2 raises nothing: the alternative has matched with no result, so its rule fails
 * without trying its later alternatives (callers return), and the error is the generic one at the
 * first pass's last token (`for x yfff:` points at yfff, not at the ':' the second pass reached).
 */
function raiseInvalidTarget(p: Parser, type: Targets, e: E): void {
  const t = invalidTarget(e, type);
  if (t) p.raiseAtNode(`${type === Targets.DEL ? "cannot delete" : "cannot assign to"} ${exprName(t)}`, t);
}

const isLegacy = (e: E) => e._type === "Name" && (e.id === "print" || e.id === "exec");
const lastComprehensionItem = (c: A.comprehension): E => (c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter);

/** `NEWLINE !INDENT` after a block header: the start of an "expected an indented block" error. */
function newlineNoIndent(p: Parser): boolean {
  if (!p.expect(T.NEWLINE)) return false;
  return !p.at(T.INDENT);
}

function indentError(p: Parser, what: string, a: Token): never {
  return p.raise(`expected an indented block after ${what} on line ${a.lineno}`, "IndentationError");
}

// --- expressions ---------------------------------------------------------------------------

export function invalid_legacy_expression(p: Parser): void {
  const a = p.expect(T.NAME);
  if (!a || p.at(T.LPAR)) return;
  const b = star_expressions(p);
  if (!b) return;
  const name = a.string;
  if (name === "print" || name === "exec") {
    p.raiseRange(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, a, b);
  }
}

/**
 * The SOFT_KEYWORD token of 3.10.2 (_PyPegen_soft_keyword_token): a NAME whose text begins one of
 * the soft keywords, since it compares only the NAME's length of each keyword (strncmp). So `c`,
 * `ma` and `cas` count as soft keywords too: `(c d)` is plain "invalid syntax" there, not
 * "Perhaps you forgot a comma?".
 */
function isSoftKeywordToken(name: string): boolean {
  return "match".startsWith(name) || "case".startsWith(name) || "_".startsWith(name);
}

export function invalid_expression(p: Parser): void {
  const mark = p.mark;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const t0 = p.peek();
  let skip = false;
  if (t0.type === T.NAME) {
    if (isSoftKeywordToken(t0.string)) skip = true;
    else {
      p.mark++;
      skip = p.at(T.STRING);
      p.mark = mark;
    }
  }
  if (!skip) {
    const a = disjunction(p);
    if (a) {
      const b = expression_without_invalid(p);
      if (b && !isLegacy(a) && p.tokens[p.mark - 1].level !== 0) {
        p.raiseRange("invalid syntax. Perhaps you forgot a comma?", a, b);
      }
    }
  }
  p.mark = mark;
  // a=disjunction 'if' b=disjunction !('else'|':')
  const a = disjunction(p);
  if (a && p.expect(T.IF)) {
    const b = disjunction(p);
    if (b && !p.at(T.ELSE) && !p.at(T.COLON)) p.raiseRange("expected 'else' after 'if' expression", a, b);
  }
}

export function invalid_named_expression(p: Parser): void {
  const mark = p.mark;
  const a = expression(p);
  if (a && p.expect(T.COLONEQUAL) && expression(p)) {
    p.raiseAtNode(`cannot use assignment expressions with ${exprName(a)}`, a);
  }
  p.mark = mark;
  const n = p.expect(T.NAME);
  if (n && p.expect(T.EQUAL)) {
    const b = bitwise_or(p);
    if (b && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL) && p.inRawRule === 0) {
      p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n, b);
    }
  }
  p.mark = mark;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  const t = p.peek().type;
  if (t === T.TRUE || t === T.NONE || t === T.FALSE) return;
  p.enter(1); // the lookahead's group: a _tmp rule
  // genexp runs for any token (its invalid_comprehension alternative looks for '[' and '{' too)
  const excluded = (t === T.LSQB && list(p)) || (t === T.LPAR && tuple(p)) || genexp(p);
  p.level--;
  if (excluded) return;
  p.mark = mark;
  const a2 = bitwise_or(p);
  if (a2 && p.expect(T.EQUAL) && bitwise_or(p) && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL) && p.inRawRule === 0) {
    p.raiseAtNode(`cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`, a2);
  }
}

export function invalid_comprehension(p: Parser): void {
  p.enter(2); // itself, and the _tmp rule of each alternative's opening bracket
  p.level--;
  invalidComprehension(p);
  p.level--;
}

function invalidComprehension(p: Parser): void {
  const mark = p.mark;
  const open = p.peek().type;
  if (open !== T.LSQB && open !== T.LPAR && open !== T.LBRACE) return;
  p.mark++;
  const a = starred_expression(p);
  if (a && for_if_clauses(p)) p.raiseAtNode("iterable unpacking cannot be used in comprehension", a);
  if (open === T.LPAR) return;
  p.mark = mark + 1;
  const b = star_named_expression(p);
  if (!b) return;
  const afterB = p.mark;
  if (p.expect(T.COMMA)) {
    const c = star_named_expressions(p);
    if (c && for_if_clauses(p)) p.raiseRange("did you forget parentheses around the comprehension target?", b, c[c.length - 1]);
  }
  p.mark = afterB;
  const comma = p.expect(T.COMMA);
  if (comma && for_if_clauses(p)) p.raiseRange("did you forget parentheses around the comprehension target?", b, comma);
}

export function invalid_dict_comprehension(p: Parser): void {
  if (!p.expect(T.LBRACE)) return;
  const a = p.expect(T.DOUBLESTAR);
  if (a && bitwise_or(p) && for_if_clauses(p) && p.expect(T.RBRACE)) {
    p.raiseAtNode("dict unpacking cannot be used in dict comprehension", a);
  }
}

export function invalid_double_starred_kvpairs(p: Parser): void {
  const mark = p.mark;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  if (sepBy(p, double_starred_kvpair) && p.expect(T.COMMA)) invalid_kvpair(p);
  p.mark = mark;
  kvpairErrors(p);
}

function kvpairErrors(p: Parser): void {
  const mark = p.mark;
  // expression ':' a='*' bitwise_or
  if (expression(p) && p.expect(T.COLON)) {
    const a = p.expect(T.STAR);
    if (a && bitwise_or(p)) p.raiseFrom("cannot use a starred expression in a dictionary value", a);
  }
  p.mark = mark;
  // expression ':' &('}'|',')
  if (expression(p) && p.expect(T.COLON) && (p.at(T.RBRACE) || p.at(T.COMMA))) {
    p.raiseAtNode("expression expected after dictionary key and ':'", p.tokens[p.mark - 1]);
  }
  p.mark = mark;
}

function invalid_kvpair(p: Parser): void {
  const mark = p.mark;
  const a = expression(p);
  if (a && !p.at(T.COLON)) {
    p.raiseAt("SyntaxError", "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
  }
  p.mark = mark;
  kvpairErrors(p);
}

export function invalid_group(p: Parser): void {
  const mark = p.mark;
  if (!p.expect(T.LPAR)) return;
  const a = starred_expression(p);
  if (a && p.expect(T.RPAR)) p.raiseAtNode("cannot use starred expression here", a);
  p.mark = mark + 1;
  const b = p.expect(T.DOUBLESTAR);
  if (b && expression(p) && p.expect(T.RPAR)) p.raiseAtNode("cannot use double starred expression here", b);
}

export function invalid_for_target(p: Parser): void {
  p.expect(T.ASYNC);
  if (!p.expect(T.FOR)) return;
  const a = star_expressions(p);
  if (a) raiseInvalidTarget(p, Targets.FOR, a);
}

export function invalid_kwarg(p: Parser): void {
  const mark = p.mark;
  // a=('True'|'False'|'None') b='=': 3.10.2 tries this first (3.10.13 reports "expression cannot contain assignment" there)
  const k = p.expect(T.TRUE) ?? p.expect(T.FALSE) ?? p.expect(T.NONE);
  const eq = k && p.expect(T.EQUAL);
  if (k && eq) p.raiseRange(`cannot assign to ${k.string}`, k, eq);
  p.mark = mark;
  const a = p.expect(T.NAME);
  if (a) {
    const b = p.expect(T.EQUAL);
    if (b && expression(p) && for_if_clauses(p)) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
  }
  p.mark = mark;
  // !(NAME '=') a=expression b='='
  if (p.expect(T.NAME) && p.at(T.EQUAL)) return;
  p.mark = mark;
  const e = expression(p);
  if (e) {
    const b = p.expect(T.EQUAL);
    if (b) p.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', e, b);
  }
}

export function invalid_arguments(p: Parser): void {
  const mark = p.mark;
  // a=args ',' '*'
  const a = args(p);
  if (a && p.expect(T.COMMA) && p.expect(T.STAR)) p.raiseAtNode("iterable argument unpacking follows keyword argument unpacking", a);
  p.mark = mark;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  const e = expression(p);
  if (e) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.COMMA)) {
      const m = p.mark;
      if (!args(p)) {
        p.mark = m;
        if (!(expression(p) && for_if_clauses(p))) p.mark = m;
      }
      p.raiseRange("Generator expression must be parenthesized", e, b[b.length - 1].target);
    }
  }
  p.mark = mark;
  // a=NAME b='=' expression for_if_clauses
  const n = p.expect(T.NAME);
  if (n) {
    const eq = p.expect(T.EQUAL);
    if (eq && expression(p) && for_if_clauses(p)) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", n, eq);
  }
  p.mark = mark;
  // a=args b=for_if_clauses
  const a2 = args(p);
  if (a2) {
    const b = for_if_clauses(p);
    if (b && a2.args.length > 1) {
      p.raiseRange("Generator expression must be parenthesized", a2.args[a2.args.length - 1], lastComprehensionItem(b[b.length - 1]));
    }
  }
  p.mark = mark;
  // args ',' a=expression b=for_if_clauses: to the last comprehension's target in 3.10.2
  if (args(p) && p.expect(T.COMMA)) {
    const x = expression(p);
    if (x) {
      const b = for_if_clauses(p);
      if (b) p.raiseRange("Generator expression must be parenthesized", x, b[b.length - 1].target);
    }
  }
  p.mark = mark;
  // a=args ',' args
  const a3 = args(p);
  if (a3 && p.expect(T.COMMA) && args(p)) {
    const unpack = a3.keywords.some((k) => k.arg === null);
    p.raise(unpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
  }
}

// --- parameters ----------------------------------------------------------------------------

function invalidParams(p: Parser, f: Flavor): void {
  many(p, () => param_no_default(p, f));
  const m = p.mark;
  let helper = slash_with_default(p, f) !== null;
  if (!helper) {
    p.mark = m;
    helper = many(p, () => param_with_default(p, f, false)).length > 0;
  }
  if (!helper) return;
  const a = param_no_default(p, f);
  if (a) p.raiseAtNode("non-default argument follows default argument", a);
}

export function invalid_parameters(p: Parser): void {
  invalidParams(p, DEF);
}

export function invalid_lambda_parameters(p: Parser): void {
  invalidParams(p, LAMBDA);
}

export function invalid_star_etc(p: Parser): void {
  const mark = p.mark;
  const a = p.expect(T.STAR);
  if (!a) return;
  if (p.at(T.RPAR)) p.raiseAtNode("named arguments must follow bare *", a);
  if (p.expect(T.COMMA) && (p.at(T.RPAR) || p.at(T.DOUBLESTAR))) p.raiseAtNode("named arguments must follow bare *", a);
  p.mark = mark + 1;
  if (p.expect(T.COMMA) && p.expect(T.TYPE_COMMENT)) p.raise("bare * has associated type comment");
}

export function invalid_lambda_star_etc(p: Parser): void {
  if (!p.expect(T.STAR)) return;
  if (p.at(T.COLON)) p.raise("named arguments must follow bare *");
  if (p.expect(T.COMMA) && (p.at(T.COLON) || p.at(T.DOUBLESTAR))) p.raise("named arguments must follow bare *");
}

export function invalid_double_type_comments(p: Parser): void {
  if (p.expect(T.TYPE_COMMENT) && p.expect(T.NEWLINE) && p.expect(T.TYPE_COMMENT) && p.expect(T.NEWLINE) && p.expect(T.INDENT)) {
    p.raise("Cannot have two type comments on def");
  }
}

// --- statements ----------------------------------------------------------------------------

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'. */
function invalid_ann_assign_target(p: Parser): E | null {
  const mark = p.mark;
  const t = p.peek().type;
  if (t === T.LSQB) {
    const l = list(p);
    if (l) return l;
  }
  if (t === T.LPAR) {
    const tu = tuple(p);
    if (tu) return tu;
    p.mark = mark + 1;
    const a = invalid_ann_assign_target(p);
    if (a && p.expect(T.RPAR)) return a;
  }
  p.mark = mark;
  return null;
}

export function invalid_assignment(p: Parser): void {
  const mark = p.mark;
  const a = invalid_ann_assign_target(p);
  if (a && p.expect(T.COLON) && expression(p)) p.raiseAtNode(`only single target (not ${exprName(a)}) can be annotated`, a);
  p.mark = mark;
  const b = star_named_expression(p);
  if (b && p.expect(T.COMMA)) {
    many(p, () => star_named_expressions(p));
    if (p.expect(T.COLON) && expression(p)) p.raiseAtNode("only single target (not tuple) can be annotated", b);
  }
  p.mark = mark;
  const c = expression(p);
  if (c && p.expect(T.COLON) && expression(p)) p.raiseAtNode("illegal target for annotation", c);
  p.mark = mark;
  // (star_targets '=')* a=star_expressions '='
  skipTargets(p);
  const d = star_expressions(p);
  if (d && p.expect(T.EQUAL)) return raiseInvalidTarget(p, Targets.STAR, d);
  p.mark = mark;
  // (star_targets '=')* a=yield_expr '='
  skipTargets(p);
  const y = yield_expr(p);
  if (y && p.expect(T.EQUAL)) p.raiseAtNode("assignment to yield expression not possible", y);
  p.mark = mark;
  // a=star_expressions augassign (yield_expr | star_expressions)
  const e = star_expressions(p);
  if (e && isAugAssign(p.peek().type)) {
    p.mark++;
    if (yield_expr(p) ?? star_expressions(p)) p.raiseAtNode(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
  }
}

function skipTargets(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (!(p.loop0Item(star_targets) && p.expect(T.EQUAL))) {
      p.mark = m;
      return;
    }
  }
}

const isAugAssign = (t: T) => (t >= T.PLUSEQUAL && t <= T.DOUBLESTAREQUAL) || t === T.DOUBLESLASHEQUAL || t === T.ATEQUAL;

export function invalid_del_stmt(p: Parser): void {
  if (!p.expect(T.DEL)) return;
  const a = star_expressions(p);
  if (a) raiseInvalidTarget(p, Targets.DEL, a);
}

export function invalid_block(p: Parser): void {
  if (newlineNoIndent(p)) p.raise("expected an indented block", "IndentationError");
}

export function invalid_import_from_targets(p: Parser): void {
  const names = sepBy(p, (p) => {
    const m = p.mark;
    if (!p.expect(T.NAME)) return null;
    const m2 = p.mark;
    if (p.expect(T.AS) && !p.expect(T.NAME)) p.mark = m2;
    return m;
  });
  if (names && p.expect(T.COMMA) && p.expect(T.NEWLINE)) p.raise("trailing comma not allowed without surrounding parentheses");
}

/** with items as the invalid rules see them: ','.(expression ['as' star_target])+ (or expressions inside parens). */
function withItems(p: Parser, inParens: boolean): boolean {
  const item = (p: Parser) => {
    const e = inParens ? expressions(p) : expression(p);
    if (!e) return null;
    const m = p.mark;
    if (!(p.expect(T.AS) && star_target(p))) p.mark = m;
    return e;
  };
  return sepBy(p, item) !== null;
}

export function invalid_with_stmt(p: Parser): void {
  const mark = p.mark;
  p.expect(T.ASYNC);
  if (!p.expect(T.WITH)) return;
  const afterWith = p.mark;
  // An alternative that reaches its ':' succeeds, so the second is not tried (PEG ordered choice).
  if (withItems(p, false)) {
    expectForced(p, T.COLON, ":");
    p.mark = mark;
    return;
  }
  p.mark = afterWith;
  if (p.expect(T.LPAR) && withItems(p, true)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR)) expectForced(p, T.COLON, ":");
  }
  p.mark = mark;
}

function expectForced(p: Parser, type: T, text: string): void {
  const t = p.peek();
  if (t.type !== type) p.raiseAtNode(`expected '${text}'`, t);
  p.mark++;
}

export function invalid_with_stmt_indent(p: Parser): void {
  const mark = p.mark;
  p.expect(T.ASYNC);
  const a = p.expect(T.WITH);
  if (!a) return;
  const afterWith = p.mark;
  if (withItems(p, false) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'with' statement", a);
  p.mark = afterWith;
  if (p.expect(T.LPAR) && withItems(p, true)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'with' statement", a);
  }
  p.mark = mark;
}

export function invalid_with_item(p: Parser): void {
  if (!expression(p) || !p.expect(T.AS)) return;
  const a = expression(p);
  const t = p.peek().type;
  if (a && (t === T.COMMA || t === T.RPAR || t === T.COLON)) raiseInvalidTarget(p, Targets.STAR, a);
}

export function invalid_try_stmt(p: Parser): void {
  const mark = p.mark;
  const a = p.expect(T.TRY);
  if (!a) return;
  if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'try' statement", a);
  p.mark = mark + 1;
  if (p.expect(T.COLON) && block(p) && !p.at(T.EXCEPT) && !p.at(T.FINALLY)) p.raise("expected 'except' or 'finally' block");
}

export function invalid_except_stmt(p: Parser): void {
  const mark = p.mark;
  if (!p.expect(T.EXCEPT)) return;
  const a = expression(p);
  if (a && p.expect(T.COMMA) && expressions(p)) {
    asNameOpt(p);
    if (p.expect(T.COLON)) p.raiseFrom("multiple exception types must be parenthesized", a);
  }
  p.mark = mark + 1;
  if (expression(p)) {
    asNameOpt(p);
    if (p.expect(T.NEWLINE)) p.raise("expected ':'");
  }
  p.mark = mark + 1;
  if (p.expect(T.NEWLINE)) p.raise("expected ':'");
}

function asNameOpt(p: Parser): void {
  const m = p.mark;
  if (!(p.expect(T.AS) && p.expect(T.NAME))) p.mark = m;
}

export function invalid_finally_stmt(p: Parser): void {
  const a = p.expect(T.FINALLY);
  if (a && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'finally' statement", a);
}

export function invalid_except_stmt_indent(p: Parser): void {
  const mark = p.mark;
  const a = p.expect(T.EXCEPT);
  if (!a) return;
  if (expression(p)) {
    asNameOpt(p);
    if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'except' statement", a);
  }
  p.mark = mark + 1;
  if (p.expect(T.COLON) && newlineNoIndent(p)) p.raise(`expected an indented block after except statement on line ${a.lineno}`);
}

export function invalid_match_stmt(p: Parser): void {
  const mark = p.mark;
  const a = p.expectSoft("match");
  if (!a) return;
  if (subject_expr(p) && !p.at(T.COLON)) p.checkVersion(10, "Pattern matching is", p.raise("expected ':'"));
  p.mark = mark + 1;
  if (subject_expr(p) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'match' statement", a);
}

function guardOpt(p: Parser): void {
  const m = p.mark;
  if (!(p.expect(T.IF) && named_expression(p))) p.mark = m;
}

export function invalid_case_block(p: Parser): void {
  const mark = p.mark;
  const a = p.expectSoft("case");
  if (!a) return;
  if (patterns(p)) {
    guardOpt(p);
    if (!p.at(T.COLON)) p.raise("expected ':'");
  }
  p.mark = mark + 1;
  if (patterns(p)) {
    guardOpt(p);
    if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'case' statement", a);
  }
}

export function invalid_as_pattern(p: Parser): void {
  const mark = p.mark;
  if (!(or_pattern(p) && p.expect(T.AS))) return;
  const u = p.expectSoft("_");
  if (u) p.raiseAtNode("cannot use '_' as a target", u);
  if (p.at(T.NAME)) return;
  const a = expression(p);
  if (a) p.raiseAtNode("invalid pattern target", a);
  p.mark = mark;
}

export function invalid_class_pattern(p: Parser): void {
  if (!(name_or_attr(p) && p.expect(T.LPAR))) return;
  // [positional_patterns ','] keyword_patterns ',' a=positional_patterns
  const m = p.mark;
  if (!(sepBy(p, positional_pattern) && p.expect(T.COMMA))) p.mark = m;
  if (sepBy(p, keyword_pattern) && p.expect(T.COMMA)) {
    const a = sepBy(p, positional_pattern);
    if (a) p.raiseRange("positional patterns follow keyword patterns", a[0], a[a.length - 1]);
  }
}

function headerIndent(p: Parser, kw: T, what: string, body: (p: Parser) => unknown): void {
  const mark = p.mark;
  const a = p.expect(kw);
  if (!a) return;
  if (body(p) && p.expect(T.NEWLINE)) p.raise("expected ':'");
  p.mark = mark + 1;
  if (body(p) && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, what, a);
}

export function invalid_if_stmt(p: Parser): void {
  headerIndent(p, T.IF, "'if' statement", named_expression);
}

export function invalid_elif_stmt(p: Parser): void {
  headerIndent(p, T.ELIF, "'elif' statement", named_expression);
}

export function invalid_while_stmt(p: Parser): void {
  headerIndent(p, T.WHILE, "'while' statement", named_expression);
}

export function invalid_else_stmt(p: Parser): void {
  const a = p.expect(T.ELSE);
  if (a && p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "'else' statement", a);
}

export function invalid_for_stmt(p: Parser): void {
  p.expect(T.ASYNC);
  const a = p.expect(T.FOR);
  if (a && star_targets(p) && p.expect(T.IN) && star_expressions(p) && p.expect(T.COLON) && newlineNoIndent(p)) {
    indentError(p, "'for' statement", a);
  }
}

export function invalid_def_raw(p: Parser): void {
  p.expect(T.ASYNC);
  const a = p.expect(T.DEF);
  if (!a || !p.expect(T.NAME) || !p.expect(T.LPAR)) return;
  params(p);
  if (!p.expect(T.RPAR)) return;
  const m = p.mark;
  if (!(p.expect(T.RARROW) && expression(p))) p.mark = m;
  if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "function definition", a);
}

export function invalid_class_def_raw(p: Parser): void {
  const a = p.expect(T.CLASS);
  if (!a || !p.expect(T.NAME)) return;
  const m = p.mark;
  if (p.expect(T.LPAR)) {
    arguments_rule(p);
    if (!p.expect(T.RPAR)) p.mark = m;
  }
  if (p.expect(T.COLON) && newlineNoIndent(p)) indentError(p, "class definition", a);
}

