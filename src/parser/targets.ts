// Assignment, augmented-assignment and del targets (python.gram's "TARGETS" section): star_targets,
// single_target, del_targets and t_primary, the left-recursive primary that must be followed by
// '.', '[' or '(' (t_lookahead), so `a.b.c = 1` stores only the last attribute.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import { Del, Load, Store } from "./ast-nodes.ts";
import { T } from "./tokens.ts";
import { MemoRule as R, type Parser } from "./parser.ts";
import { del, identifier, nameNode, setExprContext, store } from "./actions.ts";
import { arguments_rule } from "./arguments.ts";
import { atom, genexp, slices } from "./expressions.ts";

type E = A.expr;

/** A memoized rule; `levels` counts it and, for a left-recursive one, its _raw function (Parser.level). */
function memo<X>(p: Parser, rule: R, body: (p: Parser) => X | null, levels: number): X | null {
  const hit = p.memoEnter(rule);
  if (hit !== undefined) return hit as X | null;
  p.enter(levels - 1);
  const mark = p.mark;
  const r = body(p);
  if (r === null) p.mark = mark;
  p.memoSet(mark, rule, r);
  p.level -= levels;
  return r;
}

function t_lookahead(p: Parser): boolean {
  const t = p.peek().type;
  return t === T.LPAR || t === T.LSQB || t === T.DOT;
}

export function t_primary(p: Parser): E | null {
  return memo(p, R.t_primary, t_primary_raw, 2);
}
function t_primary_raw(p: Parser): E | null {
  p.inRawRule++;
  const r = t_primary_chain(p);
  p.inRawRule--;
  return r;
}
function t_primary_chain(p: Parser): E | null {
  const mark = p.mark;
  let a = atom(p);
  if (!a || !t_lookahead(p)) return null;
  for (;;) {
    const m = p.mark;
    const t = p.peek().type;
    if (t === T.DOT) {
      p.mark++;
      const b = p.expect(T.NAME);
      if (b && t_lookahead(p)) {
        a = B.Attribute(a, identifier(b.string), Load, p.loc(mark));
        continue;
      }
    } else if (t === T.LSQB) {
      p.mark++;
      const b = slices(p);
      if (b && p.expect(T.RSQB) && t_lookahead(p)) {
        a = B.Subscript(a, b, Load, p.loc(mark));
        continue;
      }
    }
    p.mark = m;
    // `t_primary genexp &t_lookahead`: in the second pass genexp runs invalid_comprehension
    // whatever the token (see primary)
    if (t === T.LPAR || p.callInvalidRules) {
      const g = genexp(p);
      if (g && t_lookahead(p)) {
        a = B.Call(a, [g], [], p.loc(mark));
        continue;
      }
      p.mark = m;
    }
    if (t === T.LPAR) {
      p.mark = m + 1;
      const b = arguments_rule(p);
      if (p.expect(T.RPAR) && t_lookahead(p)) {
        a = B.Call(a, b ? b.args : [], b ? b.keywords : [], p.loc(mark));
        continue;
      }
    }
    p.mark = m;
    return a;
  }
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, in context ctx. */
function subscriptAttributeTarget(p: Parser, ctx: A.expr_context): E | null {
  const mark = p.mark;
  const a = t_primary(p);
  if (!a) return null;
  const m = p.mark;
  if (p.expect(T.DOT)) {
    const b = p.expect(T.NAME);
    if (b && !t_lookahead(p)) return B.Attribute(a, identifier(b.string), ctx, p.loc(mark));
  }
  p.mark = m;
  if (p.expect(T.LSQB)) {
    const b = slices(p);
    if (b && p.expect(T.RSQB) && !t_lookahead(p)) return B.Subscript(a, b, ctx, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

export function star_targets(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  const a = star_target(p);
  if (!a || !p.at(T.COMMA)) {
    p.level--;
    return a;
  }
  const elts = [a];
  p.enter(2); // (',' star_target)*: a _loop0 and a _tmp
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(star_target);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.level -= 3;
  p.expect(T.COMMA);
  return B.Tuple(elts, Store, p.loc(mark));
}

function star_targets_list_seq(p: Parser): E[] | null {
  const a = star_target(p);
  if (!a) return null;
  const elts = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(star_target);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

function star_targets_tuple_seq(p: Parser): E[] | null {
  const mark = p.mark;
  const a = star_target(p);
  if (!a) return null;
  if (!p.at(T.COMMA)) {
    p.mark = mark;
    return null;
  }
  const elts = star_targets_list_seq_after(p, a);
  return elts;
}
function star_targets_list_seq_after(p: Parser, a: E): E[] {
  const elts = [a];
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = star_target(p);
    if (!b) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

export function star_target(p: Parser): E | null {
  return memo(p, R.star_target, star_target_raw, 1);
}
function star_target_raw(p: Parser): E | null {
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    if (!p.at(T.STAR)) {
      p.enter(1); // (!'*' star_target): a _tmp
      const a = star_target(p);
      p.level--;
      if (a) return B.Starred(store(a), Store, p.loc(mark));
    }
    p.mark = mark;
    return null;
  }
  return target_with_star_atom(p);
}

export function target_with_star_atom(p: Parser): E | null {
  return memo(p, R.target_with_star_atom, target_with_star_atom_raw, 1);
}
const target_with_star_atom_raw = (p: Parser) => subscriptAttributeTarget(p, Store) ?? star_atom(p);

function star_atom(p: Parser): E | null {
  const mark = p.mark;
  const t = p.peek();
  if (t.type === T.NAME) {
    p.mark++;
    return store(nameNode(t));
  }
  if (t.type === T.LPAR) {
    p.mark++;
    const a = target_with_star_atom(p);
    if (a && p.expect(T.RPAR)) return store(a);
    p.mark = mark + 1;
    const b = star_targets_tuple_seq(p);
    if (p.expect(T.RPAR)) return B.Tuple(b ?? [], Store, p.loc(mark));
  } else if (t.type === T.LSQB) {
    p.mark++;
    const b = star_targets_list_seq(p);
    if (p.expect(T.RSQB)) return B.List(b ?? [], Store, p.loc(mark));
  }
  p.mark = mark;
  return null;
}

export function single_target(p: Parser): E | null {
  const mark = p.mark;
  p.enter(1);
  const a = single_subscript_attribute_target(p);
  if (a) {
    p.level--;
    return a;
  }
  const t = p.expect(T.NAME);
  if (t) {
    p.level--;
    return store(nameNode(t));
  }
  if (p.expect(T.LPAR)) {
    const b = single_target(p);
    if (b && p.expect(T.RPAR)) {
      p.level--;
      return b;
    }
  }
  p.mark = mark;
  p.level--;
  return null;
}

export function single_subscript_attribute_target(p: Parser): E | null {
  p.enter(1);
  const r = subscriptAttributeTarget(p, Store);
  p.level--;
  return r;
}

export function del_targets(p: Parser): E[] | null {
  p.enter(2); // del_targets and its _gather
  const a = del_target(p);
  if (!a) {
    p.level -= 2;
    return null;
  }
  const elts = [a];
  p.enter(1); // the _gather's _loop0
  while (p.at(T.COMMA)) {
    const m = p.mark;
    p.mark++;
    const b = p.loop0Item(del_target);
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

export function del_target(p: Parser): E | null {
  return memo(p, R.del_target, del_target_raw, 1);
}
const del_target_raw = (p: Parser) => subscriptAttributeTarget(p, Del) ?? del_t_atom(p);

function del_t_atom(p: Parser): E | null {
  const mark = p.mark;
  const t = p.peek();
  if (t.type === T.NAME) {
    p.mark++;
    return del(nameNode(t));
  }
  if (t.type === T.LPAR) {
    p.mark++;
    const a = del_target(p);
    if (a && p.expect(T.RPAR)) return setExprContext(a, Del);
    p.mark = mark + 1;
    const b = del_targets(p);
    if (p.expect(T.RPAR)) return B.Tuple(b ?? [], Del, p.loc(mark));
  } else if (t.type === T.LSQB) {
    p.mark++;
    const b = del_targets(p);
    if (p.expect(T.RSQB)) return B.List(b ?? [], Del, p.loc(mark));
  }
  p.mark = mark;
  return null;
}
