// Expression rules of Grammar/python.gram (3.10): from `expressions` down to `atom`, comprehensions
// and lambdas. Left-recursive rules (bitwise_or ... term, primary) are loops, which build the same
// left-leaning trees pegen's seed-growing does; the six binary levels are one precedence-climbing
// loop. Input nests deep (CPython takes 200 levels of brackets, and each goes through every
// precedence level), and a library user has V8's default stack: so the rules on that path keep
// few, small frames: memoized ones check and store their memo inline (memoGet, then memoized() on
// the way out) rather than through a wrapper frame, and one rule's body is inlined into another
// where the grammar makes it the only caller (power into factor, boolean levels into their loops).
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import * as N from "./ast-nodes.ts";
import { Load, Store } from "./ast-nodes.ts";
import { Ellipsis } from "../bytecode/constants.ts";
import { T } from "./tokens.ts";
import { MemoRule as R, type Parser } from "./parser.ts";
import { callArgs, emptyArguments, identifier, nameNode, numberValue, store, type KeywordOrStarred } from "./actions.ts";
import { arguments_rule, lambda_params } from "./arguments.ts";
import { star_targets } from "./targets.ts";
import { concatenateStrings } from "./strings.ts";
import * as I from "./invalid-rules.ts";

type E = A.expr;

/**
 * The end of a memoized rule started at `mark` (after a memoEnter miss): store its result `r`, and
 * leave the `levels` rule calls of pegen's parser the function stands for (Parser.level).
 */
function memoized<X>(p: Parser, mark: number, rule: R, r: X | null, levels: number): X | null {
  if (r === null) p.mark = mark;
  p.memoSet(mark, rule, r);
  p.level -= levels;
  return r;
}

// Nesting as pegen counts it (Parser.level): each function below enters the rule calls of the
// generated parser it stands for and leaves them on return; a call that pegen makes through a
// _loop/_gather/_tmp helper (a repetition's later items, a parenthesised group) enters those too.

export function expressions(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = expression(p);
  if (!a) {
    p.level--;
    return null;
  }
  if (p.at(T.COMMA)) {
    const elts = [a];
    p.enter(2);
    while (p.at(T.COMMA)) {
      const m = p.mark;
      p.mark++;
      const b = expression(p);
      if (!b) {
        p.mark = m;
        break;
      }
      elts.push(b);
    }
    p.level -= 3;
    p.expect(T.COMMA);
    return B.Tuple(elts, Load, p.loc(mark));
  }
  p.level--;
  return a;
}

export function expression(p: Parser): E | null {
  const hit = p.memoEnter(R.expression);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.callInvalidRules) {
    p.enter(1);
    I.invalid_expression(p);
    p.mark = mark;
    I.invalid_legacy_expression(p);
    p.mark = mark;
    p.level--;
  }
  // `a if b else c`, inlined here and in expression_without_invalid: a shared helper adds a JS frame
  // per nesting level, and chains CPython compiles overflow the default stack (deep-nesting test).
  const a = disjunction(p);
  if (a) {
    const m = p.mark;
    if (p.expect(T.IF)) {
      const b = disjunction(p);
      if (b && p.expect(T.ELSE)) {
        const c = expression(p);
        if (c) return memoized(p, mark, R.expression, B.IfExp(b, a, c, p.loc(mark)), 1);
      }
    }
    p.mark = m;
    return memoized(p, mark, R.expression, a, 1);
  }
  p.mark = mark;
  // lambdef, inlined: `lambda: lambda: ...` nests thousands deep.
  let r: E | null = null;
  p.enter(1);
  if (p.expect(T.LAMBDA)) {
    const params = lambda_params(p);
    if (p.expect(T.COLON)) {
      const body = expression(p);
      if (body) r = B.Lambda(params ?? emptyArguments(), body, p.loc(mark));
    }
  }
  return memoized(p, mark, R.expression, r, 2);
}

/**
 * expression_without_invalid: expression without its own invalid_ alternatives. In 3.10.2 the
 * rules below it still run theirs (pegen's generator switches them off for a rule of that name only
 * from a later 3.10 release): `(x y[a, b for a in c])` is "did you forget parentheses around the
 * comprehension target?" there, not "Perhaps you forgot a comma?".
 */
export function expression_without_invalid(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  let r: E | null = null;
  const a = disjunction(p);
  if (a) {
    const m = p.mark;
    if (p.expect(T.IF)) {
      const b = disjunction(p);
      if (b && p.expect(T.ELSE)) {
        const c = expression(p);
        if (c) r = B.IfExp(b, a, c, p.loc(mark));
      }
    }
    if (r === null) {
      p.mark = m;
      r = a;
    }
  } else {
    p.mark = mark;
    r = lambdef(p);
  }
  p.level--;
  return r;
}

export function yield_expr(p: Parser): E | null {
  const mark = p.mark;
  if (!p.at(T.YIELD)) return null;
  p.enter(1);
  p.mark++;
  if (p.expect(T.FROM)) {
    const a = expression(p);
    if (a) {
      p.level--;
      return B.YieldFrom(a, p.loc(mark));
    }
    p.mark = mark + 1;
  }
  const a = star_expressions(p);
  p.level--;
  return B.Yield(a, p.loc(mark));
}

export function star_expressions(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = star_expression(p);
  if (!a) {
    p.level--;
    return null;
  }
  if (p.at(T.COMMA)) {
    const elts = [a];
    p.enter(2);
    while (p.at(T.COMMA)) {
      const m = p.mark;
      p.mark++;
      const b = star_expression(p);
      if (!b) {
        p.mark = m;
        break;
      }
      elts.push(b);
    }
    p.level -= 3;
    p.expect(T.COMMA);
    return B.Tuple(elts, Load, p.loc(mark));
  }
  p.level--;
  return a;
}

export function star_expression(p: Parser): E | null {
  const hit = p.memoEnter(R.star_expression);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    const a = bitwise_or(p);
    if (a) return memoized(p, mark, R.star_expression, B.Starred(a, Load, p.loc(mark)), 1);
    p.mark = mark;
  }
  return memoized(p, mark, R.star_expression, expression(p), 1);
}

export function star_named_expressions(p: Parser): E[] | null {
  p.enter(2);
  const a = star_named_expression(p);
  if (!a) {
    p.level -= 2;
    return null;
  }
  const elts = [a];
  p.enter(1);
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(star_named_expression);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.level -= 3;
  p.expect(T.COMMA);
  return elts;
}

export function star_named_expression(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    const a = bitwise_or(p);
    if (a) {
      p.level--;
      return B.Starred(a, Load, p.loc(mark));
    }
    p.mark = mark;
  }
  const r = named_expression(p);
  p.level--;
  return r;
}

export function assignment_expression(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  const a = p.expect(T.NAME);
  if (!a || !p.expect(T.COLONEQUAL)) {
    p.mark = mark;
    p.level--;
    return null;
  }
  const b = expression(p);
  p.level--;
  if (!b) {
    p.mark = mark;
    return null;
  }
  return B.NamedExpr(store(nameNode(a)), b, p.loc(mark));
}

export function named_expression(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = assignment_expression(p);
  if (a) {
    p.level--;
    return a;
  }
  if (p.callInvalidRules) {
    p.enter(1);
    I.invalid_named_expression(p);
    p.level--;
    p.mark = mark;
  }
  const e = expression(p);
  p.level--;
  if (e && !p.at(T.COLONEQUAL)) return e;
  p.mark = mark;
  return null;
}

/** ( assignment_expression | expression !':=' ): used by genexp, args and the like (a _tmp rule). */
export function assignment_or_expression(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = assignment_expression(p);
  if (a) {
    p.level--;
    return a;
  }
  const e = expression(p);
  p.level--;
  if (e && !p.at(T.COLONEQUAL)) return e;
  p.mark = mark;
  return null;
}

/** disjunction: conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): E | null {
  const hit = p.memoEnter(R.disjunction);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const a = conjunction(p);
  if (!a || !p.at(T.OR)) return memoized(p, mark, R.disjunction, a, 1);
  const values = [a];
  p.enter(2); // ('or' conjunction)+: a _loop1 and a _tmp
  while (p.at(T.OR)) {
    const m = p.mark;
    p.mark++;
    const b = conjunction(p);
    if (!b) {
      p.mark = m;
      break;
    }
    values.push(b);
  }
  // `a or` with no operand after it is a lone `a`: ('or' conjunction)+ matched nothing
  if (values.length === 1) return memoized(p, mark, R.disjunction, a, 3);
  return memoized(p, mark, R.disjunction, B.BoolOp(N.Or, values, p.loc(mark)), 3);
}

/** conjunction: inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): E | null {
  const hit = p.memoEnter(R.conjunction);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const a = inversion(p);
  if (!a || !p.at(T.AND)) return memoized(p, mark, R.conjunction, a, 1);
  const values = [a];
  p.enter(2); // ('and' inversion)+: a _loop1 and a _tmp
  while (p.at(T.AND)) {
    const m = p.mark;
    p.mark++;
    const b = inversion(p);
    if (!b) {
      p.mark = m;
      break;
    }
    values.push(b);
  }
  // `a and` with no operand after it is a lone `a`: ('and' inversion)+ matched nothing
  if (values.length === 1) return memoized(p, mark, R.conjunction, a, 3);
  return memoized(p, mark, R.conjunction, B.BoolOp(N.And, values, p.loc(mark)), 3);
}

export function inversion(p: Parser): E | null {
  const hit = p.memoEnter(R.inversion);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.NOT)) {
    const a = inversion(p);
    if (a) return memoized(p, mark, R.inversion, B.UnaryOp(N.Not, a, p.loc(mark)), 1);
    p.mark = mark;
  }
  return memoized(p, mark, R.inversion, comparison(p), 1);
}

function compareOp(p: Parser): A.cmpop | null {
  const t = p.peek();
  switch (t.type) {
    case T.EQEQUAL: p.mark++; return N.Eq;
    case T.NOTEQUAL:
      // _PyPegen_check_barry_as_flufl: '<>' is only accepted under barry_as_FLUFL.
      if (t.string !== "!=") return null;
      p.mark++;
      return N.NotEq;
    case T.LESSEQUAL: p.mark++; return N.LtE;
    case T.LESS: p.mark++; return N.Lt;
    case T.GREATEREQUAL: p.mark++; return N.GtE;
    case T.GREATER: p.mark++; return N.Gt;
    case T.IN: p.mark++; return N.In;
    case T.NOT: {
      p.mark++;
      if (p.expect(T.IN)) return N.NotIn;
      p.mark--;
      return null;
    }
    case T.IS: {
      p.mark++;
      if (p.expect(T.NOT)) return N.IsNot;
      return N.Is;
    }
  }
  return null;
}

export function comparison(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = bitwise_or(p);
  if (!a) {
    p.level--;
    return null;
  }
  // Made at the first operator: most comparisons are a lone operand.
  let ops: A.cmpop[] | null = null;
  let comparators: E[] | null = null;
  // compare_op_bitwise_or_pair+: the _loop1, the pair and the operator's rule (eq_bitwise_or ...)
  p.enter(3);
  for (;;) {
    const m = p.mark;
    const op = compareOp(p);
    if (!op) break;
    const b = bitwise_or(p);
    if (!b) {
      p.mark = m;
      break;
    }
    (ops ??= []).push(op);
    (comparators ??= []).push(b);
  }
  p.level -= 4;
  return ops ? B.Compare(a, ops, comparators!, p.loc(mark)) : a;
}

/** The binary operators of bitwise_or ... term: their node and precedence (0: not one of them). */
const BIN_OPS: (A.operator | null)[] = [];
const BIN_PREC = new Uint8Array(1024); // indexed by token kind (keywords are numbered from 500)
for (const [t, op, prec] of [
  [T.VBAR, N.BitOr, 1], [T.CIRCUMFLEX, N.BitXor, 2], [T.AMPER, N.BitAnd, 3],
  [T.LEFTSHIFT, N.LShift, 4], [T.RIGHTSHIFT, N.RShift, 4], [T.PLUS, N.Add, 5], [T.MINUS, N.Sub, 5],
  [T.STAR, N.Mult, 6], [T.SLASH, N.Div, 6], [T.DOUBLESLASH, N.FloorDiv, 6], [T.PERCENT, N.Mod, 6], [T.AT, N.MatMult, 6],
] as [T, A.operator, number][]) {
  BIN_OPS[t] = op;
  BIN_PREC[t] = prec;
}

/**
 * bitwise_or, and below it bitwise_xor, bitwise_and, shift_expr, sum and term (six left-recursive
 * rules whose operands are factors) as one precedence-climbing loop: the same left-leaning trees,
 * each BinOp built, with its location, at the point where that level's loop builds it: right after
 * its right operand, before the next operator is consumed. An operand that fails after an operator
 * leaves that operator unconsumed, as each level's loop does.
 */
export function bitwise_or(p: Parser): E | null {
  const hit = p.memoEnter(R.bitwise_or);
  if (hit !== undefined) return hit as E | null;
  // pegen's chain down to a factor: bitwise_or's _raw, then bitwise_xor, bitwise_and, shift_expr,
  // sum and term, each a wrapper and its _raw (every operand of every level is a factor there).
  p.enter(11);
  const mark = p.mark;
  p.inRawRule++;
  const a = factor(p);
  if (!a || BIN_PREC[p.peek().type] === 0) {
    p.inRawRule--;
    return memoized(p, mark, R.bitwise_or, a, 12);
  }
  // Operands (with their start marks) and pending operators, precedence increasing upwards.
  const operands: E[] = [a];
  const starts: number[] = [mark];
  const ops: T[] = [];
  for (;;) {
    const t = p.peek().type;
    const prec = BIN_PREC[t];
    if (prec === 0) break;
    while (ops.length > 0 && BIN_PREC[ops[ops.length - 1]] >= prec) reduceBinary(p, operands, starts, ops);
    const m = p.mark;
    p.mark++;
    const b = factor(p);
    if (!b) {
      p.mark = m;
      break;
    }
    ops.push(t);
    operands.push(b);
    starts.push(m + 1);
  }
  while (ops.length > 0) reduceBinary(p, operands, starts, ops);
  p.inRawRule--;
  return memoized(p, mark, R.bitwise_or, operands[0], 12);
}

/** Replaces the top two operands with their BinOp under the top operator. */
function reduceBinary(p: Parser, operands: E[], starts: number[], ops: T[]): void {
  const t = ops.pop()!;
  const b = operands.pop()!;
  starts.pop();
  if (t === T.AT) p.checkVersion(5, "The '@' operator is", null);
  const i = operands.length - 1;
  operands[i] = B.BinOp(operands[i], BIN_OPS[t]!, b, p.loc(starts[i]));
}

/** factor: ('+' | '-' | '~') factor | power, with power: await_primary '**' factor | await_primary. */
export function factor(p: Parser): E | null {
  const hit = p.memoEnter(R.factor);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const t = p.peek().type;
  if (t === T.PLUS || t === T.MINUS || t === T.TILDE) {
    p.mark++;
    const a = factor(p);
    return memoized(p, mark, R.factor, a && B.UnaryOp(t === T.PLUS ? N.UAdd : t === T.MINUS ? N.USub : N.Invert, a, p.loc(mark)), 1);
  }
  p.enter(1); // power
  const a = await_primary(p);
  if (!a) return memoized(p, mark, R.factor, null, 2);
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const b = factor(p);
    if (b) return memoized(p, mark, R.factor, B.BinOp(a, N.Pow, b, p.loc(mark)), 2);
    p.mark = m;
  }
  return memoized(p, mark, R.factor, a, 2);
}

function await_primary(p: Parser): E | null {
  const hit = p.memoEnter(R.await_primary);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.AWAIT)) {
    const a = primary(p);
    return memoized(p, mark, R.await_primary, a && p.checkVersion(5, "Await expressions are", B.Await(a, p.loc(mark))), 1);
  }
  return memoized(p, mark, R.await_primary, primary(p), 1);
}

export function primary(p: Parser): E | null {
  const hit = p.memoEnter(R.primary);
  if (hit !== undefined) return hit as E | null;
  p.enter(1); // primary_raw
  const mark = p.mark;
  p.inRawRule++;
  let a = atom(p);
  if (!a) {
    p.inRawRule--;
    return memoized(p, mark, R.primary, null, 2);
  }
  for (;;) {
    const m = p.mark;
    const t = p.peek().type;
    if (t === T.DOT) {
      p.mark++;
      const b = p.expect(T.NAME);
      if (b) {
        a = B.Attribute(a, identifier(b.string), Load, p.loc(mark));
        continue;
      }
      p.mark = m;
    }
    // `primary genexp` comes before the call and subscript alternatives. In the second pass genexp
    // runs invalid_comprehension whatever the token, as primary_raw's second alternative does each
    // time the first fails: `x[*a for a in b]` is reported there, and its levels count.
    if (t === T.LPAR || p.callInvalidRules) {
      const g = genexp(p);
      if (g) {
        a = B.Call(a, [g], [], p.loc(mark));
        continue;
      }
    }
    if (t === T.LPAR) {
      p.mark = m + 1;
      const b = arguments_rule(p);
      if (p.expect(T.RPAR)) {
        a = B.Call(a, b ? b.args : [], b ? b.keywords : [], p.loc(mark));
        continue;
      }
    } else if (t === T.LSQB) {
      p.mark++;
      const b = slices(p);
      if (b && p.expect(T.RSQB)) {
        a = B.Subscript(a, b, Load, p.loc(mark));
        continue;
      }
    }
    p.mark = m;
    p.inRawRule--;
    return memoized(p, mark, R.primary, a, 2);
  }
}

export function slices(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = slice(p);
  if (!a || !p.at(T.COMMA)) {
    p.level--;
    return a;
  }
  const elts = [a];
  p.enter(2); // ','.slice+: the _gather and its _loop0
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(slice);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.level -= 3;
  p.expect(T.COMMA);
  return B.Tuple(elts, Load, p.loc(mark));
}

function slice(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  const a = expression(p);
  if (p.expect(T.COLON)) {
    const b = expression(p);
    let c: E | null = null;
    if (p.expect(T.COLON)) {
      p.enter(1); // [':' d=[expression]]: a _tmp
      c = expression(p);
      p.level--;
    }
    p.level--;
    return B.Slice(a, b, c, p.loc(mark));
  }
  p.mark = mark;
  const r = named_expression(p);
  p.level--;
  return r;
}

export function atom(p: Parser): E | null {
  const mark = p.mark;
  const t = p.peek();
  p.enter(1);
  p.level--; // atom itself calls no rule but these below
  switch (t.type) {
    case T.NAME:
      p.mark++;
      return nameNode(t);
    case T.TRUE: p.mark++; return B.Constant(true, null, t);
    case T.FALSE: p.mark++; return B.Constant(false, null, t);
    case T.NONE: p.mark++; return B.Constant(null, null, t);
    case T.STRING: {
      p.enter(1);
      const r = strings(p);
      p.level--;
      return r;
    }
    case T.NUMBER:
      p.mark++;
      return B.Constant(numberValue(p, t), null, t);
    // &'(' (tuple | group | genexp) and the like: each group a _tmp rule, under atom
    case T.LPAR: {
      p.enter(2);
      const r = tuple(p) ?? group(p) ?? genexp(p);
      p.level -= 2;
      return r;
    }
    case T.LSQB: {
      p.enter(2);
      const r = list(p) ?? listcomp(p);
      p.level -= 2;
      return r;
    }
    case T.LBRACE: {
      p.enter(2);
      const r = dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
      p.level -= 2;
      return r;
    }
    case T.ELLIPSIS: p.mark++; return B.Constant(Ellipsis, null, p.loc(mark));
  }
  return null;
}

export function strings(p: Parser): E | null {
  const hit = p.memoEnter(R.strings);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const toks = [];
  while (p.at(T.STRING)) toks.push(p.tokens[p.mark++]);
  return memoized(p, mark, R.strings, toks.length === 0 ? null : concatenateStrings(p, toks), 1);
}

export function list(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  p.mark++;
  const a = star_named_expressions(p);
  p.level--;
  if (p.expect(T.RSQB)) return B.List(a ?? [], Load, p.loc(mark));
  p.mark = mark;
  return null;
}

function listcomp(p: Parser): E | null {
  p.enter(1);
  const r = comprehension(p, T.RSQB);
  p.level--;
  return r;
}

/** listcomp and setcomp: opening bracket, named_expression for_if_clauses, `close`. */
function comprehension(p: Parser, close: T): E | null {
  const mark = p.mark;
  p.mark++;
  const a = named_expression(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(close)) return close === T.RSQB ? B.ListComp(a, b, p.loc(mark)) : B.SetComp(a, b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_comprehension(p);
  p.mark = mark;
  return null;
}

export function tuple(p: Parser): E | null {
  p.enter(2); // tuple, and the _tmp of its optional group
  const mark = p.mark;
  p.mark++;
  let elts: E[] = [];
  const y = star_named_expression(p);
  if (y && p.expect(T.COMMA)) {
    elts = [y, ...(star_named_expressions(p) ?? [])];
  } else {
    p.mark = mark + 1;
  }
  p.level -= 2;
  if (p.expect(T.RPAR)) return B.Tuple(elts, Load, p.loc(mark));
  p.mark = mark;
  return null;
}

function group(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  p.enter(2); // group, and the _tmp of (yield_expr | named_expression)
  const a = yield_expr(p) ?? named_expression(p);
  p.level--;
  if (a && p.expect(T.RPAR)) {
    p.level--;
    return a;
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_group(p);
  p.mark = mark;
  p.level--;
  return null;
}

/** genexp; its invalid_comprehension alternative runs in the second pass whatever the token. */
export function genexp(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  if (p.expect(T.LPAR)) {
    const a = assignment_or_expression(p);
    if (a) {
      const b = for_if_clauses(p);
      if (b && p.expect(T.RPAR)) {
        p.level--;
        return B.GeneratorExp(a, b, p.loc(mark));
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_comprehension(p);
  p.mark = mark;
  p.level--;
  return null;
}

function set(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  p.mark++;
  const a = star_named_expressions(p);
  p.level--;
  if (a && p.expect(T.RBRACE)) return B.Set(a, p.loc(mark));
  p.mark = mark;
  return null;
}

function setcomp(p: Parser): E | null {
  p.enter(1);
  const r = comprehension(p, T.RBRACE);
  p.level--;
  return r;
}

function dict(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  p.mark++;
  const a = double_starred_kvpairs(p);
  if (p.expect(T.RBRACE)) {
    p.level--;
    return B.Dict(a ? a.map((x) => x[0]) as E[] : [], a ? a.map((x) => x[1]) : [], p.loc(mark));
  }
  p.mark = mark + 1;
  // '{' invalid_double_starred_kvpairs '}': pegen 3.10.2 skips an invalid_ rule in the first pass
  // only when it is an alternative's sole item, so this one runs in both passes
  // (`class C({a: *b})` reports the starred value, not class_def_raw's "expected ':'")
  I.invalid_double_starred_kvpairs(p);
  p.mark = mark;
  p.level--;
  return null;
}

function dictcomp(p: Parser): E | null {
  p.enter(1);
  const mark = p.mark;
  p.mark++;
  const a = kvpair(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.RBRACE)) {
      p.level--;
      return B.DictComp(a[0], a[1], b, p.loc(mark));
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_dict_comprehension(p);
  p.mark = mark;
  p.level--;
  return null;
}

function double_starred_kvpairs(p: Parser): [E | null, E][] | null {
  p.enter(1);
  const out = sepBy(p, double_starred_kvpair);
  if (out) p.expect(T.COMMA);
  p.level--;
  return out;
}

export function double_starred_kvpair(p: Parser): [E | null, E] | null {
  p.enter(1);
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const a = bitwise_or(p);
    if (a) {
      p.level--;
      return [null, a];
    }
    p.mark = mark;
  }
  const r = kvpair(p);
  p.level--;
  return r;
}

export function kvpair(p: Parser): [E, E] | null {
  p.enter(1);
  const mark = p.mark;
  const a = expression(p);
  if (a && p.expect(T.COLON)) {
    const b = expression(p);
    if (b) {
      p.level--;
      return [a, b];
    }
  }
  p.mark = mark;
  p.level--;
  return null;
}

export function for_if_clauses(p: Parser): A.comprehension[] | null {
  p.enter(2); // for_if_clauses and its _loop1
  let out: A.comprehension[] | null = null;
  for (;;) {
    const c = for_if_clause(p);
    if (!c) {
      p.level -= 2;
      return out;
    }
    (out ??= []).push(c);
  }
}

function for_if_clause(p: Parser): A.comprehension | null {
  p.enter(1);
  const r = forIfClause(p);
  p.level--;
  return r;
}

function forIfClause(p: Parser): A.comprehension | null {
  const mark = p.mark;
  const isAsync = p.expect(T.ASYNC) ? 1 : 0;
  if (p.expect(T.FOR)) {
    const a = star_targets(p);
    if (a && p.expect(T.IN)) {
      // cut: after 'in' no other alternative is tried
      const b = disjunction(p);
      if (!b) {
        p.mark = mark;
        return null;
      }
      const ifs: E[] = [];
      p.enter(2); // ('if' disjunction)*: a _loop0 and a _tmp
      for (;;) {
        const m = p.mark;
        if (!p.expect(T.IF)) break;
        const z = p.loop0Item(disjunction);
        if (!z) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
      p.level -= 2;
      const c = B.comprehension(a, b, ifs, isAsync);
      return isAsync ? p.checkVersion(6, "Async comprehensions are", c) : c;
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_for_target(p);
  p.mark = mark;
  return null;
}

export function lambdef(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  if (p.expect(T.LAMBDA)) {
    const a = lambda_params(p);
    if (p.expect(T.COLON)) {
      const b = expression(p);
      if (b) {
        p.level--;
        return B.Lambda(a ?? emptyArguments(), b, p.loc(mark));
      }
    }
  }
  p.mark = mark;
  p.level--;
  return null;
}

/** starred_expression: '*' expression. */
export function starred_expression(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  if (p.expect(T.STAR)) {
    const a = expression(p);
    if (a) {
      p.level--;
      return B.Starred(a, Load, p.loc(mark));
    }
  }
  p.mark = mark;
  p.level--;
  return null;
}

/** One positional argument: starred_expression | (assignment_expression | expression !':=') !'=' (a _tmp rule). */
function positional_arg(p: Parser): E | null {
  p.enter(1);
  const a = starred_expression(p);
  if (a) {
    p.level--;
    return a;
  }
  const m = p.mark;
  const b = assignment_or_expression(p);
  p.level--;
  if (b && !p.at(T.EQUAL)) return b;
  p.mark = m;
  return null;
}

/** args: positional arguments then keywords, as a Call with a dummy func (see callArgs). */
export function args(p: Parser): A.Call | null {
  p.enter(1);
  const r = argsBody(p);
  p.level--;
  return r;
}

function argsBody(p: Parser): A.Call | null {
  const mark = p.mark;
  const pos = sepBy(p, positional_arg);
  if (pos) {
    const m = p.mark;
    let rest: KeywordOrStarred[] | null = null;
    if (p.expect(T.COMMA)) {
      p.enter(1); // [',' kwargs]: a _tmp
      rest = kwargs(p);
      p.level--;
      if (!rest) p.mark = m;
    }
    return callArgs(pos, rest, p.loc(mark));
  }
  const k = kwargs(p);
  if (k) return callArgs([], k, p.loc(mark));
  p.mark = mark;
  return null;
}

function kwargs(p: Parser): KeywordOrStarred[] | null {
  p.enter(1);
  const mark = p.mark;
  const a = sepBy(p, kwarg_or_starred);
  if (a) {
    const m = p.mark;
    if (p.expect(T.COMMA)) {
      const b = sepBy(p, kwarg_or_double_starred);
      if (b) {
        p.level--;
        return [...a, ...b];
      }
    }
    p.mark = m;
    p.level--;
    return a;
  }
  p.mark = mark;
  const r = sepBy(p, kwarg_or_double_starred);
  p.level--;
  return r;
}

/** ','.rule+ (without a trailing separator): pegen's _gather rule, whose later items go through a _loop0. */
export function sepBy<X>(p: Parser, rule: (p: Parser) => X | null): X[] | null {
  p.enter(1);
  const a = rule(p);
  if (a === null) {
    p.level--;
    return null;
  }
  const out = [a];
  p.enter(1);
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(rule);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.level -= 2;
  return out;
}

function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  p.enter(1);
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_kwarg(p);
    p.mark = mark;
  }
  const a = p.expect(T.NAME);
  if (a && p.expect(T.EQUAL)) {
    const b = expression(p);
    if (b) {
      p.level--;
      return { element: B.keyword(identifier(a.string), b, p.loc(mark)), isKeyword: true };
    }
  }
  p.mark = mark;
  const s = starred_expression(p);
  p.level--;
  if (s) return { element: s, isKeyword: false };
  return null;
}

function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  p.enter(1);
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_kwarg(p);
    p.mark = mark;
  }
  const a = p.expect(T.NAME);
  if (a && p.expect(T.EQUAL)) {
    const b = expression(p);
    if (b) {
      p.level--;
      return { element: B.keyword(identifier(a.string), b, p.loc(mark)), isKeyword: true };
    }
  }
  p.mark = mark;
  if (p.expect(T.DOUBLESTAR)) {
    const b = expression(p);
    if (b) {
      p.level--;
      return { element: B.keyword(null, b, p.loc(mark)), isKeyword: true };
    }
  }
  p.mark = mark;
  p.level--;
  return null;
}

export { Store };
