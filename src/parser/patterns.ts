// The match statement and its patterns (python.gram's "Match statement" section, PEP 634).
// `match` and `case` are soft keywords: match_stmt is tried on any NAME token at statement start
// and simply fails unless the line has the shape `match <subject>: NEWLINE INDENT case ...`.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import * as N from "./ast-nodes.ts";
import { Load } from "./ast-nodes.ts";
import { T } from "./tokens.ts";
import { MemoRule as R, type Parser } from "./parser.ts";
import { identifier, nameNode, numberValue } from "./actions.ts";
import { named_expression, sepBy, star_named_expression, star_named_expressions, strings } from "./expressions.ts";
import { block } from "./statements.ts";
import { PyComplex } from "../bytecode/constants.ts";
import * as I from "./invalid-rules.ts";

type P = A.pattern;

export function match_stmt(p: Parser): A.stmt | null {
  const mark = p.mark;
  if (p.expectSoft("match")) {
    const subject = subject_expr(p);
    if (subject && p.expect(T.COLON) && p.expect(T.NEWLINE) && p.expect(T.INDENT)) {
      const cases: A.match_case[] = [];
      for (;;) {
        const c = case_block(p);
        if (!c) break;
        cases.push(c);
      }
      if (cases.length && p.expect(T.DEDENT)) {
        return p.checkVersion(10, "Pattern matching is", B.Match(subject, cases, p.loc(mark)));
      }
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_match_stmt(p);
    p.mark = mark;
  }
  return null;
}

export function subject_expr(p: Parser): A.expr | null {
  const mark = p.mark;
  p.enter(1); // pegen's nesting (Parser.level)
  const value = star_named_expression(p);
  if (value && p.expect(T.COMMA)) {
    const values = star_named_expressions(p) ?? [];
    p.level--;
    return B.Tuple([value, ...values], Load, p.loc(mark));
  }
  p.mark = mark;
  const r = named_expression(p);
  p.level--;
  return r;
}

function case_block(p: Parser): A.match_case | null {
  const mark = p.mark;
  if (p.callInvalidRules) {
    I.invalid_case_block(p);
    p.mark = mark;
  }
  if (!p.expectSoft("case")) return null;
  const pattern = patterns(p);
  if (pattern) {
    let guard: A.expr | null = null;
    const m = p.mark;
    if (p.expect(T.IF)) {
      guard = named_expression(p);
      if (!guard) p.mark = m;
    }
    if (p.expect(T.COLON)) {
      const body = block(p);
      if (body) return B.match_case(pattern, guard, body);
    }
  }
  p.mark = mark;
  return null;
}

export function patterns(p: Parser): P | null {
  const mark = p.mark;
  const seq = open_sequence_pattern(p);
  if (seq) return B.MatchSequence(seq, p.loc(mark));
  p.mark = mark;
  return pattern(p);
}

export function pattern(p: Parser): P | null {
  return as_pattern(p) ?? or_pattern(p);
}

function as_pattern(p: Parser): P | null {
  const mark = p.mark;
  const pat = or_pattern(p);
  if (pat && p.expect(T.AS)) {
    const target = pattern_capture_target(p);
    if (target) return B.MatchAs(pat, target, p.loc(mark));
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_as_pattern(p);
    p.mark = mark;
  }
  return null;
}

export function or_pattern(p: Parser): P | null {
  const mark = p.mark;
  const first = closed_pattern(p);
  if (!first) return null;
  if (!p.at(T.VBAR)) return first;
  const pats = [first];
  while (p.at(T.VBAR)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(closed_pattern);
    if (!b) {
      p.mark = m;
      break;
    }
    pats.push(b);
  }
  return pats.length === 1 ? first : B.MatchOr(pats, p.loc(mark));
}

/** closed_pattern (memo): see MemoRule. */
function closed_pattern(p: Parser): P | null {
  const hit = p.memoGet(R.closed_pattern);
  if (hit !== undefined) return hit as P | null;
  const mark = p.mark;
  const r = literal_pattern(p) ?? capture_pattern(p) ?? wildcard_pattern(p) ?? value_pattern(p) ??
    group_pattern(p) ?? sequence_pattern(p) ?? mapping_pattern(p) ?? class_pattern(p);
  if (r === null) p.mark = mark;
  p.memoSet(mark, R.closed_pattern, r);
  return r;
}

function literal_pattern(p: Parser): P | null {
  const mark = p.mark;
  const v = signed_number(p);
  if (v) {
    const t = p.peek().type;
    if (t !== T.PLUS && t !== T.MINUS) return B.MatchValue(v, p.loc(mark));
  }
  p.mark = mark;
  const c = complex_number(p);
  if (c) return B.MatchValue(c, p.loc(mark));
  const s = p.at(T.STRING) ? strings(p) : null;
  if (s) return B.MatchValue(s, p.loc(mark));
  const t = p.peek();
  if (t.type === T.NONE || t.type === T.TRUE || t.type === T.FALSE) {
    p.mark++;
    return B.MatchSingleton(t.type === T.NONE ? null : t.type === T.TRUE, p.loc(mark));
  }
  return null;
}

function literal_expr(p: Parser): A.expr | null {
  const mark = p.mark;
  const v = signed_number(p);
  if (v) {
    const t = p.peek().type;
    if (t !== T.PLUS && t !== T.MINUS) return v;
  }
  p.mark = mark;
  const c = complex_number(p);
  if (c) return c;
  const s = p.at(T.STRING) ? strings(p) : null;
  if (s) return s;
  const t = p.peek();
  if (t.type === T.NONE || t.type === T.TRUE || t.type === T.FALSE) {
    p.mark++;
    return B.Constant(t.type === T.NONE ? null : t.type === T.TRUE, null, p.loc(mark));
  }
  return null;
}

function complex_number(p: Parser): A.expr | null {
  const mark = p.mark;
  const real = signed_real_number(p);
  if (real) {
    const t = p.peek().type;
    if (t === T.PLUS || t === T.MINUS) {
      p.mark++;
      const imag = imaginary_number(p);
      if (imag) return B.BinOp(real, t === T.PLUS ? N.Add : N.Sub, imag, p.loc(mark));
    }
  }
  p.mark = mark;
  return null;
}

function signed_number(p: Parser): A.expr | null {
  const mark = p.mark;
  const n = p.expect(T.NUMBER);
  if (n) return B.Constant(numberValue(p, n), null, n);
  if (p.expect(T.MINUS)) {
    const m = p.expect(T.NUMBER);
    if (m) return B.UnaryOp(N.USub, B.Constant(numberValue(p, m), null, m), p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function signed_real_number(p: Parser): A.expr | null {
  const mark = p.mark;
  const r = real_number(p);
  if (r) return r;
  if (p.expect(T.MINUS)) {
    const m = real_number(p);
    if (m) return B.UnaryOp(N.USub, m, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function real_number(p: Parser): A.expr | null {
  const t = p.expect(T.NUMBER);
  if (!t) return null;
  const v = numberValue(p, t);
  if (v instanceof PyComplex) p.raiseAtNode("real number required in complex literal", t);
  return B.Constant(v, null, t);
}

function imaginary_number(p: Parser): A.expr | null {
  const t = p.expect(T.NUMBER);
  if (!t) return null;
  const v = numberValue(p, t);
  if (!(v instanceof PyComplex)) p.raiseAtNode("imaginary number required in complex literal", t);
  return B.Constant(v, null, t);
}

function capture_pattern(p: Parser): P | null {
  const mark = p.mark;
  const target = pattern_capture_target(p);
  return target ? B.MatchAs(null, target, p.loc(mark)) : null;
}

/** !"_" NAME !('.' | '(' | '='): the captured name. */
export function pattern_capture_target(p: Parser): string | null {
  const t = p.peek();
  if (t.type !== T.NAME || t.string === "_") return null;
  p.mark++;
  const n = p.peek().type;
  if (n === T.DOT || n === T.LPAR || n === T.EQUAL) {
    p.mark--;
    return null;
  }
  return identifier(t.string);
}

function wildcard_pattern(p: Parser): P | null {
  const mark = p.mark;
  return p.expectSoft("_") ? B.MatchAs(null, null, p.loc(mark)) : null;
}

function value_pattern(p: Parser): P | null {
  const mark = p.mark;
  const a = attr(p);
  if (a) {
    const n = p.peek().type;
    if (n !== T.DOT && n !== T.LPAR && n !== T.EQUAL) return B.MatchValue(a, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

/** attr: name_or_attr '.' NAME (at least one dot). */
function attr(p: Parser): A.expr | null {
  const mark = p.mark;
  const a = name_or_attr(p);
  if (a && a._type === "Attribute") return a;
  p.mark = mark;
  return null;
}

export function name_or_attr(p: Parser): A.expr | null {
  const mark = p.mark;
  const t = p.expect(T.NAME);
  if (!t) return null;
  let a: A.expr = nameNode(t);
  for (;;) {
    const m = p.mark;
    if (!p.expect(T.DOT)) break;
    const b = p.expect(T.NAME);
    if (!b) {
      p.mark = m;
      break;
    }
    a = B.Attribute(a, identifier(b.string), Load, p.loc(mark));
  }
  return a;
}

function group_pattern(p: Parser): P | null {
  const mark = p.mark;
  if (p.expect(T.LPAR)) {
    const pat = pattern(p);
    if (pat && p.expect(T.RPAR)) return pat;
  }
  p.mark = mark;
  return null;
}

function sequence_pattern(p: Parser): P | null {
  const mark = p.mark;
  if (p.expect(T.LSQB)) {
    const pats = maybe_sequence_pattern(p);
    if (p.expect(T.RSQB)) return B.MatchSequence(pats ?? [], p.loc(mark));
  }
  p.mark = mark;
  if (p.expect(T.LPAR)) {
    const pats = open_sequence_pattern(p);
    if (p.expect(T.RPAR)) return B.MatchSequence(pats ?? [], p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function open_sequence_pattern(p: Parser): P[] | null {
  const mark = p.mark;
  const first = maybe_star_pattern(p);
  if (first && p.expect(T.COMMA)) {
    const rest = maybe_sequence_pattern(p);
    return [first, ...(rest ?? [])];
  }
  p.mark = mark;
  return null;
}

function maybe_sequence_pattern(p: Parser): P[] | null {
  const a = sepBy(p, maybe_star_pattern);
  if (a) p.expect(T.COMMA);
  return a;
}

function maybe_star_pattern(p: Parser): P | null {
  return star_pattern(p) ?? pattern(p);
}

function star_pattern(p: Parser): P | null {
  const mark = p.mark;
  if (!p.expect(T.STAR)) return null;
  const target = pattern_capture_target(p);
  if (target) return B.MatchStar(target, p.loc(mark));
  if (p.expectSoft("_")) return B.MatchStar(null, p.loc(mark));
  p.mark = mark;
  return null;
}

function mapping_pattern(p: Parser): P | null {
  const mark = p.mark;
  if (!p.expect(T.LBRACE)) return null;
  if (p.expect(T.RBRACE)) return B.MatchMapping([], [], null, p.loc(mark));
  const m = p.mark;
  const rest = double_star_pattern(p);
  if (rest) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE)) return B.MatchMapping([], [], rest, p.loc(mark));
  }
  p.mark = m;
  const items = sepBy(p, key_value_pattern);
  if (items) {
    const m2 = p.mark;
    if (p.expect(T.COMMA)) {
      const r = double_star_pattern(p);
      if (r) {
        p.expect(T.COMMA);
        if (p.expect(T.RBRACE)) return B.MatchMapping(items.map((x) => x[0]), items.map((x) => x[1]), r, p.loc(mark));
      }
    }
    p.mark = m2;
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE)) return B.MatchMapping(items.map((x) => x[0]), items.map((x) => x[1]), null, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

function key_value_pattern(p: Parser): [A.expr, P] | null {
  const mark = p.mark;
  const key = literal_expr(p) ?? attr(p);
  if (key && p.expect(T.COLON)) {
    const pat = pattern(p);
    if (pat) return [key, pat];
  }
  p.mark = mark;
  return null;
}

function double_star_pattern(p: Parser): string | null {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const t = pattern_capture_target(p);
    if (t) return t;
  }
  p.mark = mark;
  return null;
}

function class_pattern(p: Parser): P | null {
  const mark = p.mark;
  const cls = name_or_attr(p);
  if (cls && p.expect(T.LPAR)) {
    const afterParen = p.mark;
    if (p.expect(T.RPAR)) return B.MatchClass(cls, [], [], [], p.loc(mark));
    const pos = sepBy(p, positional_pattern);
    if (pos) {
      const m = p.mark;
      p.expect(T.COMMA);
      if (p.expect(T.RPAR)) return B.MatchClass(cls, pos, [], [], p.loc(mark));
      p.mark = m;
      if (p.expect(T.COMMA)) {
        const kws = sepBy(p, keyword_pattern);
        if (kws) {
          p.expect(T.COMMA);
          if (p.expect(T.RPAR)) return B.MatchClass(cls, pos, kws.map((k) => k[0]), kws.map((k) => k[1]), p.loc(mark));
        }
      }
    }
    p.mark = afterParen;
    const kws = sepBy(p, keyword_pattern);
    if (kws) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR)) return B.MatchClass(cls, [], kws.map((k) => k[0]), kws.map((k) => k[1]), p.loc(mark));
    }
  }
  p.mark = mark;
  if (p.callInvalidRules) {
    I.invalid_class_pattern(p);
    p.mark = mark;
  }
  return null;
}

export const positional_pattern = (p: Parser): P | null => pattern(p);

export function keyword_pattern(p: Parser): [string, P] | null {
  const mark = p.mark;
  const arg = p.expect(T.NAME);
  if (arg && p.expect(T.EQUAL)) {
    const value = pattern(p);
    if (value) return [identifier(arg.string), value];
  }
  p.mark = mark;
  return null;
}

