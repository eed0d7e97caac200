// Parameter lists of `def` and `lambda` and the argument list of a call (python.gram's
// "Function parameters", "Lambda functions" and `arguments`). def and lambda share one engine:
// a parameter of `def` may carry an annotation and a type comment and ends at ')', one of
// `lambda` ends at ':'.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import { T, type Token } from "./tokens.ts";
import { MemoRule as R, type Parser } from "./parser.ts";
import { addTypeComment, identifier, makeArguments, type NameDefault, type SlashWithDefault, type StarEtc } from "./actions.ts";
import { args, expression } from "./expressions.ts";
import * as I from "./invalid-rules.ts";

export interface Flavor {
  /** The token that may follow a last parameter without comma: ')' for def, ':' for lambda. */
  close: T;
  lambda: boolean;
}
export const DEF: Flavor = { close: T.RPAR, lambda: false };
export const LAMBDA: Flavor = { close: T.COLON, lambda: true };

/** param: NAME annotation? (lambda_param: NAME). */
function param(p: Parser, f: Flavor): A.arg | null {
  const mark = p.mark;
  const a = p.expect(T.NAME);
  if (!a) return null;
  let ann: A.expr | null = null;
  if (!f.lambda) {
    const m = p.mark;
    if (p.expect(T.COLON)) {
      // first parsed under slash_no_default, its _loop1, param_no_default, param and annotation
      p.enter(5);
      ann = expression(p);
      p.level -= 5;
      if (!ann) p.mark = m;
    }
  }
  return B.arg(identifier(a.string), ann, null, p.loc(mark));
}

/** The end of one parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &close (no type comments in lambdas). */
function endOfParam(p: Parser, f: Flavor): { tc: Token | null } | null {
  const mark = p.mark;
  if (p.expect(T.COMMA)) {
    const tc = f.lambda ? null : p.expect(T.TYPE_COMMENT);
    return { tc };
  }
  const tc = f.lambda ? null : p.expect(T.TYPE_COMMENT);
  if (p.at(f.close)) return { tc };
  p.mark = mark;
  return null;
}

export function param_no_default(p: Parser, f: Flavor): A.arg | null {
  const mark = p.mark;
  const a = param(p, f);
  if (!a) return null;
  const e = endOfParam(p, f);
  if (!e) {
    p.mark = mark;
    return null;
  }
  return addTypeComment(a, e.tc);
}

function defaultValue(p: Parser): A.expr | null {
  const mark = p.mark;
  if (!p.expect(T.EQUAL)) return null;
  p.enter(4);
  const a = expression(p);
  p.level -= 4;
  if (!a) p.mark = mark;
  return a;
}

export function param_with_default(p: Parser, f: Flavor, maybe: boolean): NameDefault | null {
  const mark = p.mark;
  const a = param(p, f);
  if (!a) return null;
  const c = defaultValue(p);
  if (!c && !maybe) {
    p.mark = mark;
    return null;
  }
  const e = endOfParam(p, f);
  if (!e) {
    p.mark = mark;
    return null;
  }
  return { arg: addTypeComment(a, e.tc), value: c };
}

export function many<X>(p: Parser, rule: () => X | null): X[] {
  const out: X[] = [];
  for (;;) {
    const x = rule();
    if (x === null) return out;
    out.push(x);
  }
}

function slash_no_default(p: Parser, f: Flavor): A.arg[] | null {
  const mark = p.mark;
  const a = many(p, () => param_no_default(p, f));
  if (a.length && p.expect(T.SLASH)) {
    if (p.expect(T.COMMA) || p.at(f.close)) return a;
  }
  p.mark = mark;
  return null;
}

export function slash_with_default(p: Parser, f: Flavor): SlashWithDefault | null {
  const mark = p.mark;
  const a = many(p, () => param_no_default(p, f));
  const b = many(p, () => param_with_default(p, f, false));
  if (b.length && p.expect(T.SLASH)) {
    if (p.expect(T.COMMA) || p.at(f.close)) return { plain: a, withDefaults: b };
  }
  p.mark = mark;
  return null;
}

function kwds(p: Parser, f: Flavor): A.arg | null {
  const mark = p.mark;
  if (p.expect(T.DOUBLESTAR)) {
    const a = param_no_default(p, f);
    if (a) return a;
  }
  p.mark = mark;
  return null;
}

function star_etc(p: Parser, f: Flavor): StarEtc | null {
  const mark = p.mark;
  if (p.expect(T.STAR)) {
    const a = param_no_default(p, f);
    if (a) {
      const b = many(p, () => param_with_default(p, f, true));
      return { vararg: a, kwonly: b, kwarg: kwds(p, f) };
    }
    p.mark = mark + 1;
    if (p.expect(T.COMMA)) {
      const b = many(p, () => param_with_default(p, f, true));
      if (b.length) return { vararg: null, kwonly: b, kwarg: kwds(p, f) };
    }
    p.mark = mark;
  }
  const k = kwds(p, f);
  if (k) return { vararg: null, kwonly: [], kwarg: k };
  p.mark = mark;
  if (p.callInvalidRules) {
    if (f.lambda) I.invalid_lambda_star_etc(p);
    else I.invalid_star_etc(p);
    p.mark = mark;
  }
  return null;
}

function parameters(p: Parser, f: Flavor): A.arguments | null {
  const mark = p.mark;
  const a = slash_no_default(p, f);
  if (a) {
    const b = many(p, () => param_no_default(p, f));
    const c = many(p, () => param_with_default(p, f, false));
    const d = star_etc(p, f);
    // (3.10.2's grammar does not check feature_version for positional-only parameters, nor for
    // assignment expressions or parenthesized context managers: later 3.10 releases do)
    return makeArguments(a, null, b, c, d);
  }
  const s = slash_with_default(p, f);
  if (s) {
    const b = many(p, () => param_with_default(p, f, false));
    const c = star_etc(p, f);
    return makeArguments(null, s, null, b, c);
  }
  const pl = many(p, () => param_no_default(p, f));
  if (pl.length) {
    const b = many(p, () => param_with_default(p, f, false));
    const c = star_etc(p, f);
    return makeArguments(null, null, pl, b, c);
  }
  const wd = many(p, () => param_with_default(p, f, false));
  if (wd.length) return makeArguments(null, null, null, wd, star_etc(p, f));
  const se = star_etc(p, f);
  if (se) return makeArguments(null, null, null, null, se);
  p.mark = mark;
  return null;
}

// Nesting as pegen counts it (Parser.level): params/lambda_params and (lambda_)parameters are a
// level each, and a default value is parsed, the first time, under (lambda_)slash_with_default,
// its _loop1, (lambda_)param_with_default and default.

export function params(p: Parser): A.arguments | null {
  const mark = p.mark;
  p.enter(1);
  if (p.callInvalidRules) {
    I.invalid_parameters(p);
    p.mark = mark;
  }
  p.enter(1);
  const r = parameters(p, DEF);
  p.level -= 2;
  return r;
}

export function lambda_params(p: Parser): A.arguments | null {
  const mark = p.mark;
  p.enter(1);
  if (p.callInvalidRules) {
    I.invalid_lambda_parameters(p);
    p.mark = mark;
  }
  p.enter(1);
  const r = parameters(p, LAMBDA);
  p.level -= 2;
  return r;
}

/** arguments (memo): args [','] &')' | invalid_arguments. */
export function arguments_rule(p: Parser): A.Call | null {
  const hit = p.memoEnter(R.arguments);
  if (hit !== undefined) return hit as A.Call | null;
  const mark = p.mark;
  let r = args(p);
  if (r) {
    p.expect(T.COMMA);
    if (!p.at(T.RPAR)) {
      r = null;
      p.mark = mark;
    }
  } else p.mark = mark;
  if (!r && p.callInvalidRules) {
    I.invalid_arguments(p);
    p.mark = mark;
  }
  p.memoSet(mark, R.arguments, r);
  p.level--;
  return r;
}

