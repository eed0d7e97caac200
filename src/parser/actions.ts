// The grammar actions' helpers: what Parser/pegen.c's _PyPegen_* action functions do (expression
// contexts, parameter lists, call argument lists, decorators, names, numbers). Nodes are never
// mutated after they are built (a memoized node may be shared), so a context change copies.
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import { Load, Store, Del } from "./ast-nodes.ts";
import { PyComplex } from "../bytecode/constants.ts";
import type { Parser } from "./parser.ts";
import type { Token } from "./tokens.ts";

/** A parameter with its default (NameDefaultPair). */
export interface NameDefault { arg: A.arg; value: A.expr | null }
/** `a, b=1, /` (SlashWithDefault). */
export interface SlashWithDefault { plain: A.arg[]; withDefaults: NameDefault[] }
/** `*args, x, y=2, **kw` (StarEtc). */
export interface StarEtc { vararg: A.arg | null; kwonly: NameDefault[]; kwarg: A.arg | null }
/** One keyword or starred call argument after the positional ones (KeywordOrStarred). */
export interface KeywordOrStarred { element: A.keyword | A.expr; isKeyword: boolean }

/** _PyPegen_set_expr_context: a copy of the target with the given context, recursively. */
export function setExprContext(e: A.expr, ctx: A.expr_context): A.expr {
  switch (e._type) {
    case "Name": return B.Name(e.id, ctx, e);
    case "Tuple": return B.Tuple(e.elts.map((x) => setExprContext(x, ctx)), ctx, e);
    case "List": return B.List(e.elts.map((x) => setExprContext(x, ctx)), ctx, e);
    case "Subscript": return B.Subscript(e.value, e.slice, ctx, e);
    case "Attribute": return B.Attribute(e.value, e.attr, ctx, e);
    case "Starred": return B.Starred(setExprContext(e.value, ctx), ctx, e);
    default: return e;
  }
}
export const store = (e: A.expr) => setExprContext(e, Store);
export const del = (e: A.expr) => setExprContext(e, Del);

/** _PyPegen_name_token: a NAME token as a Name node (identifiers are NFKC-normalized). */
export function nameNode(t: Token): A.Name {
  return B.Name(identifier(t.string), Load, t);
}

/** _PyPegen_new_identifier: non-ASCII identifiers are NFKC-normalized. */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return s.normalize("NFKC");
  return s;
}

/** _PyPegen_join_names_with_dot. */
export function joinNames(a: A.Name, b: A.Name): A.Name {
  return B.Name(a.id + "." + b.id, Load, a);
}

/** _PyPegen_add_type_comment_to_arg. */
export function addTypeComment(a: A.arg, tc: Token | null): A.arg {
  return tc ? B.arg(a.arg, a.annotation, tc.string, a) : a;
}

/** _PyPegen_make_arguments. */
export function makeArguments(
  slashWithout: A.arg[] | null,
  slashWith: SlashWithDefault | null,
  plain: A.arg[] | null,
  withDefault: NameDefault[] | null,
  star: StarEtc | null,
): A.arguments {
  const posonly = slashWithout ?? (slashWith ? [...slashWith.plain, ...slashWith.withDefaults.map((d) => d.arg)] : []);
  const args = [...(plain ?? []), ...(withDefault ?? []).map((d) => d.arg)];
  const defaults = [...(slashWith ? slashWith.withDefaults.map((d) => d.value!) : []), ...(withDefault ?? []).map((d) => d.value!)];
  return B.arguments_(
    posonly, args, star?.vararg ?? null,
    star ? star.kwonly.map((d) => d.arg) : [],
    star ? star.kwonly.map((d) => d.value as A.expr) : [],
    star?.kwarg ?? null, defaults,
  );
}

export const emptyArguments = (): A.arguments => B.arguments_([], [], null, [], [], null, []);

/** _PyPegen_collect_call_seqs / the kwargs-only alternative of `args`: a Call with a dummy func. */
export function callArgs(positional: A.expr[], rest: KeywordOrStarred[] | null, l: B.L): A.Call {
  const args = [...positional];
  const keywords: A.keyword[] = [];
  if (rest) {
    for (const k of rest) if (!k.isKeyword) args.push(k.element as A.expr);
    for (const k of rest) if (k.isKeyword) keywords.push(k.element as A.keyword);
  }
  return B.Call(DUMMY_NAME, args, keywords, l);
}
const DUMMY_NAME = B.Name("", Load, { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 });

/** _PyPegen_function_def_decorators / class_def_decorators: the def keeps its own position. */
export function withDecorators(d: A.expr[], f: A.stmt): A.stmt {
  switch (f._type) {
    case "FunctionDef": return B.FunctionDef(f.name, f.args, f.body, d, f.returns, f.type_comment, f);
    case "AsyncFunctionDef": return B.AsyncFunctionDef(f.name, f.args, f.body, d, f.returns, f.type_comment, f);
    case "ClassDef": return B.ClassDef(f.name, f.bases, f.keywords, f.body, d, f);
    default: return f;
  }
}

/** _PyPegen_number_token: the NUMBER token's value (int as bigint, float, complex). */
export function numberValue(p: Parser, t: Token): bigint | number | PyComplex {
  let s = t.string;
  if (s.includes("_")) {
    p.checkVersion(6, "Underscores in numeric literals are", null);
    s = s.replace(/_/g, "");
  }
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6a) return new PyComplex(0, Number(s.slice(0, -1)));
  const c1 = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 0x30 && (c1 === 0x78 || c1 === 0x6f || c1 === 0x62)) return BigInt(s);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return Number(s);
  }
  return BigInt(s);
}

/** _PyPegen_seq_count_dots: '.' counts 1, '...' counts 3. */
export const countDots = (ts: Token[]) => ts.reduce((n, t) => n + (t.string === "..." ? 3 : 1), 0);
