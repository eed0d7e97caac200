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

/** The end of a memoized rule started at `mark` (after a memoGet miss): store its result `r`. */
function memoized<X>(p: Parser, mark: number, rule: R, r: X | null): X | null {
  if (r === null) p.mark = mark;
  p.memoSet(mark, rule, r);
  return r;
}

export function expressions(p: Parser): E | null {
  const mark = p.mark;
  const a = expression(p);
  if (!a) return null;
  if (p.at(T.COMMA)) {
    const elts = [a];
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
    p.expect(T.COMMA);
    return B.Tuple(elts, Load, p.loc(mark));
  }
  return a;
}

export function expression(p: Parser): E | null {
  const hit = p.memoGet(R.expression);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_expression(p);
    p.mark = mark;
    I.invalid_legacy_expression(p);
    p.mark = mark;
  }
  const a = disjunction(p);
  if (a) {
    const m = p.mark;
    if (p.expect(T.IF)) {
      const b = disjunction(p);
      if (b && p.expect(T.ELSE)) {
        const c = expression(p);
        if (c) return memoized(p, mark, R.expression, B.IfExp(b, a, c, p.loc(mark)));
      }
    }
    p.mark = m;
    return memoized(p, mark, R.expression, a);
  }
  p.mark = mark;
  // lambdef, inlined: `lambda: lambda: ...` nests thousands deep.
  let r: E | null = null;
  if (p.expect(T.LAMBDA)) {
    const params = lambda_params(p);
    if (p.expect(T.COLON)) {
      const body = expression(p);
      if (body) r = B.Lambda(params ?? emptyArguments(), body, p.loc(mark));
    }
  }
  return memoized(p, mark, R.expression, r);
}

/** expression without the invalid_ alternatives (expression_without_invalid). */
export function expression_without_invalid(p: Parser): E | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const mark = p.mark;
    const a = disjunction(p);
    if (a) {
      const m = p.mark;
      if (p.expect(T.IF)) {
        const b = disjunction(p);
        if (b && p.expect(T.ELSE)) {
          const c = expression(p);
          if (c) return B.IfExp(b, a, c, p.loc(mark));
        }
      }
      p.mark = m;
      return a;
    }
    p.mark = mark;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

export function yield_expr(p: Parser): E | null {
  const mark = p.mark;
  if (!p.expect(T.YIELD)) return null;
  if (p.expect(T.FROM)) {
    const a = expression(p);
    if (a) return B.YieldFrom(a, p.loc(mark));
    p.mark = mark + 1;
  }
  const a = star_expressions(p);
  return B.Yield(a, p.loc(mark));
}

export function star_expressions(p: Parser): E | null {
  const mark = p.mark;
  const a = star_expression(p);
  if (!a) return null;
  if (p.at(T.COMMA)) {
    const elts = [a];
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
    p.expect(T.COMMA);
    return B.Tuple(elts, Load, p.loc(mark));
  }
  return a;
}

export function star_expression(p: Parser): E | null {
  const hit = p.memoGet(R.star_expression);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    const a = bitwise_or(p);
    if (a) return memoized(p, mark, R.star_expression, B.Starred(a, Load, p.loc(mark)));
    p.mark = mark;
  }
  return memoized(p, mark, R.star_expression, expression(p));
}

export function star_named_expressions(p: Parser): E[] | null {
  const a = star_named_expression(p);
  if (!a) return null;
  const elts = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = star_named_expression(p);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

export function star_named_expression(p: Parser): E | null {
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    const a = bitwise_or(p);
    if (a) return B.Starred(a, Load, p.loc(mark));
    p.mark = mark;
  }
  return named_expression(p);
}

export function assignment_expression(p: Parser): E | null {
  const mark = p.mark;
  const a = p.expect(T.NAME);
  if (!a || !p.expect(T.COLONEQUAL)) {
    p.mark = mark;
    return null;
  }
  const b = expression(p);
  if (!b) {
    p.mark = mark;
    return null;
  }
  return B.NamedExpr(store(nameNode(a)), b, p.loc(mark));
}

export function named_expression(p: Parser): E | null {
  const mark = p.mark;
  const a = assignment_expression(p);
  if (a) return a;
  if (p.callInvalidRules) {
    I.invalid_named_expression(p);
    p.mark = mark;
  }
  const e = expression(p);
  if (e && !p.at(T.COLONEQUAL)) return e;
  p.mark = mark;
  return null;
}

/** ( assignment_expression | expression !':=' ): used by genexp, args and the like. */
export function assignment_or_expression(p: Parser): E | null {
  const mark = p.mark;
  const a = assignment_expression(p);
  if (a) return a;
  const e = expression(p);
  if (e && !p.at(T.COLONEQUAL)) return e;
  p.mark = mark;
  return null;
}

/** disjunction: conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): E | null {
  const hit = p.memoGet(R.disjunction);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const a = conjunction(p);
  if (!a || !p.at(T.OR)) return memoized(p, mark, R.disjunction, a);
  const values = [a];
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
  return memoized(p, mark, R.disjunction, B.BoolOp(N.Or, values, p.loc(mark)));
}

/** conjunction: inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): E | null {
  const hit = p.memoGet(R.conjunction);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const a = inversion(p);
  if (!a || !p.at(T.AND)) return memoized(p, mark, R.conjunction, a);
  const values = [a];
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
  return memoized(p, mark, R.conjunction, B.BoolOp(N.And, values, p.loc(mark)));
}

export function inversion(p: Parser): E | null {
  const hit = p.memoGet(R.inversion);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.NOT)) {
    const a = inversion(p);
    if (a) return memoized(p, mark, R.inversion, B.UnaryOp(N.Not, a, p.loc(mark)));
    p.mark = mark;
  }
  return memoized(p, mark, R.inversion, comparison(p));
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
  const mark = p.mark;
  const a = bitwise_or(p);
  if (!a) return null;
  let ops: A.cmpop[] | null = null;
  let comparators: E[] = [];
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
    comparators.push(b);
  }
  return ops ? B.Compare(a, ops, comparators, p.loc(mark)) : a;
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
  const hit = p.memoGet(R.bitwise_or);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const a = factor(p);
  if (!a || BIN_PREC[p.peek().type] === 0) return memoized(p, mark, R.bitwise_or, a);
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
  return memoized(p, mark, R.bitwise_or, operands[0]);
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
  const hit = p.memoGet(R.factor);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const t = p.peek().type;
  if (t === T.PLUS || t === T.MINUS || t === T.TILDE) {
    p.mark++;
    const a = factor(p);
    return memoized(p, mark, R.factor, a && B.UnaryOp(t === T.PLUS ? N.UAdd : t === T.MINUS ? N.USub : N.Invert, a, p.loc(mark)));
  }
  const a = await_primary(p);
  if (!a) return memoized(p, mark, R.factor, null);
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const b = factor(p);
    if (b) return memoized(p, mark, R.factor, B.BinOp(a, N.Pow, b, p.loc(mark)));
    p.mark = m;
  }
  return memoized(p, mark, R.factor, a);
}

function await_primary(p: Parser): E | null {
  const hit = p.memoGet(R.await_primary);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  if (p.expect(T.AWAIT)) {
    const a = primary(p);
    return memoized(p, mark, R.await_primary, a && p.checkVersion(5, "Await expressions are", B.Await(a, p.loc(mark))));
  }
  return memoized(p, mark, R.await_primary, primary(p));
}

export function primary(p: Parser): E | null {
  const hit = p.memoGet(R.primary);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  let a = atom(p);
  if (!a) return memoized(p, mark, R.primary, null);
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
    } else if (t === T.LPAR) {
      const g = genexp(p);
      if (g) {
        a = B.Call(a, [g], [], p.loc(mark));
        continue;
      }
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
    return memoized(p, mark, R.primary, a);
  }
}

export function slices(p: Parser): E | null {
  const mark = p.mark;
  const a = slice(p);
  if (!a) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = slice(p);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return B.Tuple(elts, Load, p.loc(mark));
}

function slice(p: Parser): E | null {
  const mark = p.mark;
  const a = expression(p);
  if (p.expect(T.COLON)) {
    const b = expression(p);
    let c: E | null = null;
    if (p.expect(T.COLON)) c = expression(p);
    return B.Slice(a, b, c, p.loc(mark));
  }
  p.mark = mark;
  return named_expression(p);
}

export function atom(p: Parser): E | null {
  const mark = p.mark;
  const t = p.peek();
  switch (t.type) {
    case T.NAME:
      p.mark++;
      return nameNode(t);
    case T.TRUE: p.mark++; return B.Constant(true, null, t);
    case T.FALSE: p.mark++; return B.Constant(false, null, t);
    case T.NONE: p.mark++; return B.Constant(null, null, t);
    case T.STRING: return strings(p);
    case T.NUMBER:
      p.mark++;
      return B.Constant(numberValue(p, t), null, t);
    case T.LPAR: return tuple(p) ?? group(p) ?? genexp(p);
    case T.LSQB: return list(p) ?? listcomp(p);
    case T.LBRACE: return dict(p) ?? set(p) ?? dictcomp(p) ?? setcomp(p);
    case T.ELLIPSIS: p.mark++; return B.Constant(Ellipsis, null, p.loc(mark));
  }
  return null;
}

export function strings(p: Parser): E | null {
  const hit = p.memoGet(R.strings);
  if (hit !== undefined) return hit as E | null;
  const mark = p.mark;
  const toks = [];
  while (p.at(T.STRING)) toks.push(p.tokens[p.mark++]);
  return memoized(p, mark, R.strings, toks.length === 0 ? null : concatenateStrings(p, toks));
}

export function list(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = star_named_expressions(p);
  if (p.expect(T.RSQB)) return B.List(a ?? [], Load, p.loc(mark));
  p.mark = mark;
  return null;
}

function listcomp(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = named_expression(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.RSQB)) return B.ListComp(a, b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_comprehension(p);
  p.mark = mark;
  return null;
}

export function tuple(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  let elts: E[] = [];
  const y = star_named_expression(p);
  if (y && p.expect(T.COMMA)) {
    elts = [y, ...(star_named_expressions(p) ?? [])];
  } else {
    p.mark = mark + 1;
  }
  if (p.expect(T.RPAR)) return B.Tuple(elts, Load, p.loc(mark));
  p.mark = mark;
  return null;
}

function group(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = yield_expr(p) ?? named_expression(p);
  if (a && p.expect(T.RPAR)) return a;
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_group(p);
  p.mark = mark;
  return null;
}

export function genexp(p: Parser): E | null {
  const mark = p.mark;
  if (!p.expect(T.LPAR)) return null;
  const a = assignment_or_expression(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.RPAR)) return B.GeneratorExp(a, b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_comprehension(p);
  p.mark = mark;
  return null;
}

function set(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = star_named_expressions(p);
  if (a && p.expect(T.RBRACE)) return B.Set(a, p.loc(mark));
  p.mark = mark;
  return null;
}

function setcomp(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = named_expression(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.RBRACE)) return B.SetComp(a, b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_comprehension(p);
  p.mark = mark;
  return null;
}

function dict(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = double_starred_kvpairs(p);
  if (p.expect(T.RBRACE)) return B.Dict(a ? a.map((x) => x[0]) as E[] : [], a ? a.map((x) => x[1]) : [], p.loc(mark));
  p.mark = mark + 1;
  if (p.callInvalidRules) {
    I.invalid_double_starred_kvpairs(p);
  }
  p.mark = mark;
  return null;
}

function dictcomp(p: Parser): E | null {
  const mark = p.mark;
  p.mark++;
  const a = kvpair(p);
  if (a) {
    const b = for_if_clauses(p);
    if (b && p.expect(T.RBRACE)) return B.DictComp(a[0], a[1], b, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) I.invalid_dict_comprehension(p);
  p.mark = mark;
  return null;
}

function double_starred_kvpairs(p: Parser): [E | null, E][] | null {
  const a = double_starred_kvpair(p);
  if (!a) return null;
  const out = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = double_starred_kvpair(p);
    if (!b) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  p.expect(T.COMMA);
  return out;
}

export function double_starred_kvpair(p: Parser): [E | null, E] | null {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const a = bitwise_or(p);
    if (a) return [null, a];
    p.mark = mark;
  }
  return kvpair(p);
}

export function kvpair(p: Parser): [E, E] | null {
  const mark = p.mark;
  const a = expression(p);
  if (a && p.expect(T.COLON)) {
    const b = expression(p);
    if (b) return [a, b];
  }
  p.mark = mark;
  return null;
}

export function for_if_clauses(p: Parser): A.comprehension[] | null {
  let out: A.comprehension[] | null = null;
  for (;;) {
    const c = for_if_clause(p);
    if (!c) return out;
    (out ??= []).push(c);
  }
}

function for_if_clause(p: Parser): A.comprehension | null {
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
      for (;;) {
        const m = p.mark;
        if (!p.expect(T.IF)) break;
        const z = disjunction(p);
        if (!z) {
          p.mark = m;
          break;
        }
        ifs.push(z);
      }
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
  if (!p.expect(T.LAMBDA)) return null;
  const a = lambda_params(p);
  if (p.expect(T.COLON)) {
    const b = expression(p);
    if (b) return B.Lambda(a ?? emptyArguments(), b, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

/** starred_expression: '*' expression. */
export function starred_expression(p: Parser): E | null {
  const mark = p.mark;
  if (!p.expect(T.STAR)) return null;
  const a = expression(p);
  if (a) return B.Starred(a, Load, p.loc(mark));
  p.mark = mark;
  return null;
}

/** One positional argument: starred_expression | (assignment_expression | expression !':=') !'='. */
function positional_arg(p: Parser): E | null {
  const a = starred_expression(p);
  if (a) return a;
  const m = p.mark;
  const b = assignment_or_expression(p);
  if (b && !p.at(T.EQUAL)) return b;
  p.mark = m;
  return null;
}

/** args: positional arguments then keywords, as a Call with a dummy func (see callArgs). */
export function args(p: Parser): A.Call | null {
  const mark = p.mark;
  const pos = sepBy(p, positional_arg);
  if (pos) {
    const m = p.mark;
    let rest: KeywordOrStarred[] | null = null;
    if (p.expect(T.COMMA)) {
      rest = kwargs(p);
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
  const mark = p.mark;
  const a = sepBy(p, kwarg_or_starred);
  if (a) {
    const m = p.mark;
    if (p.expect(T.COMMA)) {
      const b = sepBy(p, kwarg_or_double_starred);
      if (b) return [...a, ...b];
    }
    p.mark = m;
    return a;
  }
  p.mark = mark;
  return sepBy(p, kwarg_or_double_starred);
}

/** ','.rule+ (without a trailing separator). */
export function sepBy<X>(p: Parser, rule: (p: Parser) => X | null): X[] | null {
  const a = rule(p);
  if (a === null) return null;
  const out = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = rule(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    out.push(b);
  }
  return out;
}

function kwarg_or_starred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_kwarg(p);
    p.mark = mark;
  }
  const a = p.expect(T.NAME);
  if (a && p.expect(T.EQUAL)) {
    const b = expression(p);
    if (b) return { element: B.keyword(identifier(a.string), b, p.loc(mark)), isKeyword: true };
  }
  p.mark = mark;
  const s = starred_expression(p);
  if (s) return { element: s, isKeyword: false };
  return null;
}

function kwarg_or_double_starred(p: Parser): KeywordOrStarred | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_kwarg(p);
    p.mark = mark;
  }
  const a = p.expect(T.NAME);
  if (a && p.expect(T.EQUAL)) {
    const b = expression(p);
    if (b) return { element: B.keyword(identifier(a.string), b, p.loc(mark)), isKeyword: true };
  }
  p.mark = mark;
  if (p.expect(T.DOUBLESTAR)) {
    const b = expression(p);
    if (b) return { element: B.keyword(null, b, p.loc(mark)), isKeyword: true };
  }
  p.mark = mark;
  return null;
}

export { Store };
